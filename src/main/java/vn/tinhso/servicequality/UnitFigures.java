package vn.tinhso.servicequality;

/**
 * The figures of one unit.
 *
 * @param unit the unit
 * @param figures its figures, the units below it included
 */
public record UnitFigures(Unit unit, Figures figures) {
}
