package vn.tinhso.servicequality;

/**
 * The figures of one field of procedures (lĩnh vực) within a unit.
 *
 * @param fieldCode the field's code
 * @param fieldName the field's name
 * @param figures its figures
 */
public record FieldFigures(String fieldCode, String fieldName, Figures figures) {
}
