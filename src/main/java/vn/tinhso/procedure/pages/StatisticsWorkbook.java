package vn.tinhso.procedure.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.tinhso.procedure.pages.CatalogueStatistics.Catalogue;
import vn.tinhso.procedure.pages.CatalogueStatistics.Figures;

/** The catalogue statistics as an Excel file: one sheet by agency, one by level, each with the province's totals. */
final class StatisticsWorkbook {

    private static final List<String> FIGURES = List.of("pages.statistics.offered", "pages.statistics.partial",
            "pages.statistics.full-process", "pages.statistics.on-portal", "pages.statistics.with-fees");

    private final MessageSource messages;
    private final Locale locale;

    StatisticsWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(Catalogue catalogue) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);

            Sheet agencies = sheet(workbook, "pages.statistics.by-agency", strong, "pages.statistics.agency-code",
                    "pages.statistics.agency", "pages.attribute.level");
            for (var line : catalogue.agencies()) {
                Row row = agencies.createRow(agencies.getLastRowNum() + 1);
                row.createCell(0).setCellValue(line.code());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(text("pages.level." + line.level()));
                numbers(row, 3, line.figures());
            }
            total(agencies, 3, catalogue.total(), strong);

            Sheet levels = sheet(workbook, "pages.statistics.by-level", strong, "pages.attribute.level");
            for (var line : catalogue.levels()) {
                Row row = levels.createRow(levels.getLastRowNum() + 1);
                row.createCell(0).setCellValue(text("pages.level." + line.level()));
                numbers(row, 1, line.figures());
            }
            total(levels, 1, catalogue.total(), strong);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Sheet sheet(XSSFWorkbook workbook, String name, CellStyle strong, String... labels) {
        Sheet sheet = workbook.createSheet(text(name));
        Row header = sheet.createRow(0);
        int column = 0;
        for (String label : labels) {
            header.createCell(column++).setCellValue(text(label));
        }
        for (String label : FIGURES) {
            header.createCell(column++).setCellValue(text(label));
        }
        header.forEach(cell -> cell.setCellStyle(strong));
        for (int i = 0; i < column; i++) {
            sheet.setColumnWidth(i, (i == 1 && labels.length > 1 ? 60 : 22) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void total(Sheet sheet, int firstNumber, Figures total, CellStyle strong) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(text("pages.statistics.province"));
        numbers(row, firstNumber, total);
        row.forEach(cell -> cell.setCellStyle(strong));
    }

    private static void numbers(Row row, int first, Figures figures) {
        long[] values = {figures.offered(), figures.partial(), figures.fullProcess(), figures.onPortal(), figures.withFees()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(first + i).setCellValue(values[i]);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
