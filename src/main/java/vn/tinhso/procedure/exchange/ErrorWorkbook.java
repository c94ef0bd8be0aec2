package vn.tinhso.procedure.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The problems of an import as a workbook, to fix the file row by row. */
final class ErrorWorkbook {

    private ErrorWorkbook() {
    }

    /** {@code headers} and the sheet's name in the reader's language. */
    static void write(String sheetName, List<String> headers, List<ProblemLine> lines, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheets = new StyledSheets(workbook);
            List<Heading> columns = List.of(new Heading(headers.get(0), 20), new Heading(headers.get(1), 8),
                    new Heading(headers.get(2), 28), new Heading(headers.get(3), 90));
            Sheet sheet = sheets.sheet(sheetName, columns, List.of());
            int row = 1;
            for (ProblemLine line : lines) {
                sheets.row(sheet, row++, Arrays.asList(line.sheet(), line.row() > 0 ? line.row() : null, line.column(),
                        line.message()));
            }
            workbook.write(out);
        }
    }

    /** A column of the error sheet. */
    private record Heading(String header, int width) implements Column {

        @Override
        public Spec spec() {
            return new Spec(header, false, width, List.of(), "");
        }
    }
}
