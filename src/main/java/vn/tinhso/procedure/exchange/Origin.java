package vn.tinhso.procedure.exchange;

import vn.tinhso.procedure.Violation;

/** Where in the file a publication came from, so that its violations can be shown where the user typed them. */
interface Origin {

    /** The violation as a problem at its sheet, row and column. */
    Problem locate(Violation violation);

    /** The row of the publication (for JSON: its position in the list, from 1). */
    int row();
}
