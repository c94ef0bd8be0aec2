package vn.tinhso.procedure.exchange;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tinhso.procedure.Violation;

/**
 * A procedure read from a workbook: its row in {@value ProcedureColumn#SHEET}, and the rows its documents and fees
 * came from, in the order of the publication's lists.
 *
 * @param row row number as Excel shows it
 * @param documentRows rows of sheet {@value DocumentColumn#SHEET}
 * @param feeRows rows of sheet {@value FeeColumn#SHEET}
 */
record RowOrigin(int row, List<Integer> documentRows, List<Integer> feeRows) implements Origin {

    private static final Pattern ITEM = Pattern.compile("(documents|fees)\\[(\\d+)]\\.?(.*)");

    RowOrigin {
        documentRows = List.copyOf(documentRows);
        feeRows = List.copyOf(feeRows);
    }

    @Override
    public Problem locate(Violation violation) {
        Matcher item = ITEM.matcher(violation.path());
        if (item.matches()) {
            int index = Integer.parseInt(item.group(2));
            boolean document = item.group(1).equals("documents");
            List<Integer> rows = document ? documentRows : feeRows;
            if (index < rows.size()) {
                String column = document ? DocumentColumn.forProperty(item.group(3)).header()
                        : FeeColumn.forProperty(item.group(3)).header();
                return new Problem(document ? DocumentColumn.SHEET : FeeColumn.SHEET, rows.get(index), column,
                        violation.messageKey(), violation.arguments());
            }
        }
        return new Problem(ProcedureColumn.SHEET, row, ProcedureColumn.forPath(violation.path()).header(),
                violation.messageKey(), violation.arguments());
    }

}
