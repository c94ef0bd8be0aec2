package vn.tinhso.servicequality.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.tinhso.servicequality.FieldFigures;
import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Report;

/**
 * Biểu 06/VPCP/KSTT as an Excel sheet, laid out like the official form: the form's number and legal basis, the title
 * with the unit and the period, two header rows with merged groups, the row of column numbers (1)…(13), one row per
 * field, the total; frozen below the headers and right of the field; real number cells.
 */
final class ReportWorkbook {

    /** Rows before the table: form number, title, period, unit of measure, a blank row. */
    static final int HEADER_ROW = 5;
    /** The first row of figures, after the two header rows and the column numbers. */
    static final int FIRST_ROW = HEADER_ROW + 3;
    private static final int COLUMNS = 2 + ReportColumn.values().length;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final Locale locale;

    ReportWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(Report report) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Biểu 06");
            title(sheet, styles, report);
            header(sheet, styles);
            int rowNumber = FIRST_ROW;
            int number = 1;
            for (FieldFigures line : report.rows()) {
                Row row = sheet.createRow(rowNumber++);
                cell(row, 0, styles.cell).setCellValue(number++);
                cell(row, 1, styles.text).setCellValue(line.fieldName());
                figures(row, line.figures(), styles.cell);
            }
            Row total = sheet.createRow(rowNumber);
            cell(total, 0, styles.strongText).setCellValue(text("sq.total"));
            cell(total, 1, styles.strongText);
            sheet.addMergedRegion(new CellRangeAddress(rowNumber, rowNumber, 0, 1));
            figures(total, report.total(), styles.strong);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 42 * 256);
            for (int column = 2; column < COLUMNS; column++) {
                sheet.setColumnWidth(column, 13 * 256);
            }
            sheet.createFreezePane(2, FIRST_ROW);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private void title(Sheet sheet, Styles styles, Report report) {
        Row form = sheet.createRow(0);
        cell(form, 0, styles.bold).setCellValue(text("sq.report.form"));
        cell(form, COLUMNS - 4, styles.italic).setCellValue(text("sq.report.basis"));
        merged(sheet, styles.title, 1, text("sq.report.heading", report.unit().name().toUpperCase(locale)));
        merged(sheet, styles.centre, 2, text("sq.report.period", DAY.format(report.period().from()),
                DAY.format(report.period().to())));
        merged(sheet, styles.italic, 3, text("sq.report.unit-of-measure"));
        sheet.getRow(1).setHeightInPoints(32);
    }

    private void header(Sheet sheet, Styles styles) {
        Row groups = sheet.createRow(HEADER_ROW);
        Row labels = sheet.createRow(HEADER_ROW + 1);
        Row numbers = sheet.createRow(HEADER_ROW + 2);
        groups.setHeightInPoints(30);
        labels.setHeightInPoints(45);
        for (int column = 0; column < COLUMNS; column++) {
            cell(groups, column, styles.header);
            cell(labels, column, styles.header);
            cell(numbers, column, styles.header).setCellValue("(" + (column + 1) + ")");
        }
        groups.getCell(0).setCellValue(text("sq.col.number"));
        groups.getCell(1).setCellValue(text("sq.col.field"));
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 1, 1));
        for (ReportColumn column : ReportColumn.values()) {
            int index = 2 + column.ordinal();
            labels.getCell(index).setCellValue(text(column.label()));
            if (column.first()) {
                groups.getCell(index).setCellValue(text(column.group()));
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, index, index + column.span() - 1));
            }
        }
    }

    private static void figures(Row row, Figures figures, CellStyle style) {
        for (ReportColumn column : ReportColumn.values()) {
            cell(row, 2 + column.ordinal(), style).setCellValue(column.of(figures));
        }
    }

    private static void merged(Sheet sheet, CellStyle style, int rowNumber, String value) {
        Row row = sheet.createRow(rowNumber);
        cell(row, 0, style).setCellValue(value);
        sheet.addMergedRegion(new CellRangeAddress(rowNumber, rowNumber, 0, COLUMNS - 1));
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The cell styles of the sheet, created once per workbook. */
    private static final class Styles {

        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle centre;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle text;
        final CellStyle strong;
        final CellStyle strongText;

        Styles(XSSFWorkbook workbook) {
            var boldFont = workbook.createFont();
            boldFont.setBold(true);
            var italicFont = workbook.createFont();
            italicFont.setItalic(true);
            var titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            italic = workbook.createCellStyle();
            italic.setFont(italicFont);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            centre = workbook.createCellStyle();
            centre.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            cell = bordered(workbook);
            text = bordered(workbook);
            text.setWrapText(true);
            strong = bordered(workbook);
            strong.setFont(boldFont);
            strongText = bordered(workbook);
            strongText.setFont(boldFont);
            strongText.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
