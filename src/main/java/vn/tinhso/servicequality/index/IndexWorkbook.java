package vn.tinhso.servicequality.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.tinhso.servicequality.Period;

/**
 * The index as a workbook: a ranking sheet (one row per unit: rank, score, each group's points) and a breakdown sheet
 * (one row per unit and indicator: numerator, denominator, rate, target, points, points lost, why), numbers as
 * numbers so that the Office can sort and sum them.
 */
final class IndexWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final XSSFWorkbook workbook;
    private final MessageSource messages;
    private final Locale locale;
    private final CellStyle head;
    private final CellStyle text;
    private final CellStyle decimal;
    private final CellStyle percent;

    private IndexWorkbook(XSSFWorkbook workbook, MessageSource messages, Locale locale) {
        this.workbook = workbook;
        this.messages = messages;
        this.locale = locale;
        this.head = style();
        this.head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        this.head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.head.setWrapText(true);
        var bold = workbook.createFont();
        bold.setBold(true);
        this.head.setFont(bold);
        this.text = style();
        this.text.setWrapText(true);
        this.decimal = style();
        this.decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        this.percent = style();
        this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    }

    /** The scores (the first one usually the unit the others are below) as XLSX bytes. */
    static byte[] of(List<UnitScore> scores, Period period, MessageSource messages, Locale locale) {
        try (var workbook = new XSSFWorkbook()) {
            var writer = new IndexWorkbook(workbook, messages, locale);
            String title = writer.message("servicequality.index.title") + " "
                    + DAY.format(period.from()) + " – " + DAY.format(period.to());
            workbook.getProperties().getCoreProperties().setTitle(title);
            writer.ranking(scores, title);
            writer.breakdown(scores, title);
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ranking(List<UnitScore> scores, String title) {
        XSSFSheet sheet = workbook.createSheet(message("servicequality.index.xlsx.ranking"));
        sheet.createRow(0).createCell(0).setCellValue(title);
        var columns = new ArrayList<>(List.of(message("servicequality.index.rank"),
                message("servicequality.index.unit-code"), message("servicequality.index.unit"),
                message("servicequality.index.score")));
        if (!scores.isEmpty()) {
            scores.get(0).breakdown().framework().groups().forEach(g -> columns.add(g.name(locale) + " ("
                    + FrameworkRules.plain(g.points()) + ")"));
        }
        columns.add(message("servicequality.index.assessable"));
        columns.add(message("servicequality.index.handled"));
        headRow(sheet, 2, columns);
        int at = 3;
        for (UnitScore score : scores) {
            XSSFRow row = sheet.createRow(at++);
            int c = 0;
            if (score.rank() != null) {
                number(row, c, BigDecimal.valueOf(score.rank()), text);
            }
            c++;
            text(row, c++, score.unit().code());
            text(row, c++, score.unit().name());
            number(row, c++, score.score(), decimal);
            for (Breakdown.GroupScore group : score.breakdown().groups()) {
                number(row, c++, group.score(), decimal);
            }
            number(row, c++, score.breakdown().assessable(), decimal);
            number(row, c, BigDecimal.valueOf(score.figures().receivedTotal()), text);
        }
        finish(sheet, 2, at, columns.size(), new int[] {7, 16, 44, 10});
    }

    private void breakdown(List<UnitScore> scores, String title) {
        XSSFSheet sheet = workbook.createSheet(message("servicequality.index.xlsx.breakdown"));
        sheet.createRow(0).createCell(0).setCellValue(title);
        List<String> columns = List.of(message("servicequality.index.unit"), message("servicequality.index.group"),
                message("servicequality.index.code"), message("servicequality.index.indicator"),
                message("servicequality.index.numerator"), message("servicequality.index.denominator"),
                message("servicequality.index.rate"), message("servicequality.index.target"),
                message("servicequality.index.max-points"), message("servicequality.index.points"),
                message("servicequality.index.lost"), message("servicequality.index.note"));
        headRow(sheet, 2, columns);
        int at = 3;
        for (UnitScore score : scores) {
            for (Breakdown.GroupScore group : score.breakdown().groups()) {
                for (Breakdown.IndicatorScore indicator : group.indicators()) {
                    XSSFRow row = sheet.createRow(at++);
                    text(row, 0, score.unit().name());
                    text(row, 1, group.group().name(locale));
                    text(row, 2, indicator.indicator().code());
                    text(row, 3, indicator.indicator().name(locale));
                    if (indicator.numerator() != null) {
                        number(row, 4, BigDecimal.valueOf(indicator.numerator()), text);
                        number(row, 5, BigDecimal.valueOf(indicator.denominator()), text);
                    }
                    if (indicator.rate() != null) {
                        number(row, 6, indicator.rate(), percent);
                    }
                    number(row, 7, indicator.indicator().target(), percent);
                    number(row, 8, indicator.indicator().points(), decimal);
                    number(row, 9, indicator.points(), decimal);
                    number(row, 10, indicator.lost(), decimal);
                    text(row, 11, message("servicequality.index.status." + indicator.status()));
                }
            }
        }
        finish(sheet, 2, at, columns.size(), new int[] {40, 26, 7, 60, 10, 10, 10, 10, 10, 10, 10, 36});
    }

    private void headRow(XSSFSheet sheet, int at, List<String> columns) {
        XSSFRow row = sheet.createRow(at);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(head);
        }
    }

    private void finish(XSSFSheet sheet, int headAt, int end, int columns, int[] widths) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 14) * 256);
        }
        sheet.createFreezePane(0, headAt + 1);
        sheet.setAutoFilter(new CellRangeAddress(headAt, Math.max(headAt, end - 1), 0, columns - 1));
    }

    private void text(XSSFRow row, int column, String value) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(text);
    }

    private void number(XSSFRow row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private CellStyle style() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale);
    }
}
