package vn.tinhso.dossier.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes form 07, the dossier book (Sổ theo dõi hồ sơ, Thông tư 01/2018/TT-VPCP, renumbered by Thông tư
 * 03/2025/TT-VPCP), as an Excel workbook: title, agency and period on top, then a frozen head with a filter and one
 * row per dossier, times as real date cells. It prints on A4 landscape, one page wide, the head on every page.
 */
public final class DossierBookXlsx {

    static final String SHEET_NAME = "So theo doi ho so";
    static final int HEAD_ROW = 3;
    private static final int CELL_LIMIT = 32_767; // characters Excel keeps in a cell; POI refuses more
    private static final int[] WIDTHS = {6, 26, 45, 24, 36, 14, 17, 17, 30, 17, 17, 18, 30};

    private DossierBookXlsx() {
    }

    /** The book as XLSX bytes. */
    public static byte[] of(DossierBook book) {
        try (var workbook = new XSSFWorkbook()) {
            var properties = workbook.getProperties().getCoreProperties();
            properties.setTitle(DossierBookPdf.TITLE + " - " + book.agencyName() + " - " + book.period());
            properties.setSubjectProperty("Mẫu số 07 - Thông tư 01/2018/TT-VPCP");
            new Writer(workbook).write(book);
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {

        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private final CellStyle text;
        private final CellStyle number;
        private final CellStyle time;

        Writer(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(SHEET_NAME);
            this.text = bordered(false);
            this.text.setWrapText(true);
            this.number = bordered(false);
            this.number.setAlignment(HorizontalAlignment.CENTER);
            this.time = bordered(false);
            this.time.setDataFormat(workbook.createDataFormat().getFormat("dd/MM/yyyy HH:mm"));
        }

        void write(DossierBook book) {
            int last = DossierBookPdf.HEAD.size() - 1;
            title(0, DossierBookPdf.TITLE, 14, true, false);
            title(1, book.agencyName(), 11, true, false);
            title(2, book.period(), 11, false, true);
            CellStyle head = bordered(true);
            XSSFRow headRow = sheet.createRow(HEAD_ROW);
            for (int i = 0; i <= last; i++) {
                var cell = headRow.createCell(i);
                cell.setCellValue(DossierBookPdf.HEAD.get(i));
                cell.setCellStyle(head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int at = HEAD_ROW + 1;
            for (DossierBook.Entry entry : book.entries()) {
                entry(sheet.createRow(at++), entry);
            }
            sheet.createFreezePane(0, HEAD_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEAD_ROW, Math.max(HEAD_ROW, at - 1), 0, last));
            sheet.setRepeatingRows(new CellRangeAddress(HEAD_ROW, HEAD_ROW, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }

        private void entry(XSSFRow row, DossierBook.Entry entry) {
            var stt = row.createCell(0);
            stt.setCellValue(entry.number());
            stt.setCellStyle(number);
            text(row, 1, entry.dossierCode());
            text(row, 2, entry.procedureName());
            text(row, 3, entry.applicantName());
            text(row, 4, entry.applicantAddress());
            text(row, 5, entry.applicantPhone()); // text: a phone number keeps its leading zero
            time(row, 6, entry.receivedAt());
            time(row, 7, entry.dueAt());
            text(row, 8, entry.handledBy());
            time(row, 9, entry.resolvedAt());
            time(row, 10, entry.returnedAt());
            text(row, 11, entry.status());
            text(row, 12, entry.note());
        }

        private void text(XSSFRow row, int column, String value) {
            var cell = row.createCell(column);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value.length() <= CELL_LIMIT ? value : value.substring(0, CELL_LIMIT - 1) + "…");
            }
            cell.setCellStyle(text);
        }

        private void time(XSSFRow row, int column, LocalDateTime value) {
            var cell = row.createCell(column);
            if (value != null) {
                cell.setCellValue(value);
            }
            cell.setCellStyle(time);
        }

        private void title(int rowIndex, String value, int points, boolean bold, boolean italic) {
            var font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            var cell = sheet.createRow(rowIndex).createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, DossierBookPdf.HEAD.size() - 1));
        }

        private CellStyle bordered(boolean head) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(head ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
            if (head) {
                var font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
                style.setWrapText(true);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }
    }
}
