package vn.tinhso.procedure.exchange;

import vn.tinhso.procedure.Violation;

/**
 * A procedure read from a JSON document: its position in {@code procedures}, from 1; problems name the property
 * path, e.g. {@code details.fees[1].amount}.
 */
record JsonOrigin(int row) implements Origin {

    static final String SHEET = "procedures";

    @Override
    public Problem locate(Violation violation) {
        String path = violation.path();
        String column = path.equals("code") || path.equals("validFrom") || path.equals("details") ? path : "details." + path;
        return new Problem(SHEET, row, column, violation.messageKey(), violation.arguments());
    }

}
