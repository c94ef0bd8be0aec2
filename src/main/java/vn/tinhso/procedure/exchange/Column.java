package vn.tinhso.procedure.exchange;

import java.util.List;

/** A column of the exchange workbook; each sheet's enum of columns carries a {@link Spec} per column. */
interface Column {

    /** What a column is. */
    Spec spec();

    /** The header as provinces write it, in the first row of the sheet. */
    default String header() {
        return spec().header();
    }

    /** Whether a workbook without this column is refused. */
    default boolean required() {
        return spec().required();
    }

    /** Width in characters. */
    default int width() {
        return spec().width();
    }

    /** The values a dropdown offers; empty for free text. */
    default List<String> choices() {
        return spec().choices();
    }

    /** The property of the record this column fills, as Bean Validation names it in a violation's path. */
    default String property() {
        return spec().property();
    }

    /**
     * @param header the header text
     * @param required whether the column must be in the workbook
     * @param width width in characters
     * @param choices dropdown values, empty for free text
     * @param property the record property it fills, empty for none
     */
    record Spec(String header, boolean required, int width, List<String> choices, String property) {
    }
}
