package vn.tinhso.procedure.exchange;

/**
 * A problem as the reader sees it, its message in their language.
 *
 * @param sheet sheet name
 * @param row row number, 0 for the sheet or file as a whole
 * @param column column header
 * @param message the reason
 */
record ProblemLine(String sheet, int row, String column, String message) {
}
