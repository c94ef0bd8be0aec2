package vn.tinhso.servicequality;

import java.util.List;

/**
 * Biểu 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): the handling of administrative procedures at a unit in a period,
 * one row per field with anything to report, and the unit's total.
 *
 * @param unit the unit reported on
 * @param period the reporting period
 * @param rows the fields, by name
 * @param total all fields together
 */
public record Report(Unit unit, Period period, List<FieldFigures> rows, Figures total) {
}
