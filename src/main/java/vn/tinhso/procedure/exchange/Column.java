package vn.tinhso.procedure.exchange;

import java.util.List;

/** A column of the exchange workbook. */
interface Column {

    /** The header as provinces write it, in the first row of the sheet. */
    String header();

    /** Whether a workbook without this column is refused. */
    boolean required();

    /** Width in characters. */
    int width();

    /** The values a dropdown offers; empty for free text. */
    List<String> choices();

    /** The property of the record this column fills, as Bean Validation names it in a violation's path. */
    String property();
}
