package vn.tinhso.procedure.exchange;

import java.util.List;

/**
 * Something wrong in an imported file, where a person can find it: the sheet, the row number as Excel shows it
 * (for JSON: the procedure's position, from 1) and the column header (for JSON: the property path), with a
 * message key and its arguments, resolved in the reader's language when shown.
 *
 * @param sheet sheet name, or {@code procedures} for JSON; empty for the file as a whole
 * @param row row number from 1; 0 for the sheet as a whole
 * @param column column header or property path; empty for the row as a whole
 * @param key message key
 * @param arguments message arguments
 */
record Problem(String sheet, int row, String column, String key, List<Object> arguments) {

    Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(String sheet, int row, String column, String key, Object... arguments) {
        return new Problem(sheet, row, column, key, List.of(arguments));
    }

    /** Whether both are about the same cell. */
    boolean sameCell(Problem other) {
        return sheet.equals(other.sheet) && row == other.row && column.equals(other.column);
    }
}
