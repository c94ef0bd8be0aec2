package vn.tinhso.dti.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The published ranking as an Excel workbook: one sheet, a title, a frozen head, values with 4 decimals. */
final class RankingWorkbook {

    private RankingWorkbook() {
    }

    static byte[] of(RankingExport export, String note) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("DTI");
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle title = workbook.createCellStyle();
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle value = workbook.createCellStyle();
            value.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
            sheet.createRow(0).createCell(0).setCellValue(export.title());
            sheet.getRow(0).getCell(0).setCellStyle(title);
            sheet.createRow(1).createCell(0).setCellValue(export.subtitle());
            sheet.createRow(2).createCell(0).setCellValue(note);
            int columns = export.head().size();
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, columns - 1)));
            Row header = sheet.createRow(4);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue(export.head().get(c));
                header.getCell(c).setCellStyle(head);
            }
            int r = 5;
            for (RankingExport.Row line : export.rows()) {
                Row row = sheet.createRow(r++);
                if (line.rank() != null) {
                    row.createCell(0).setCellValue(line.rank());
                } else {
                    row.createCell(0).setCellValue("—");
                }
                row.createCell(1).setCellValue(line.unit());
                number(row, 2, line.total(), value);
                if (line.change() != null) {
                    row.createCell(3).setCellValue(line.change());
                }
                row.createCell(4).setCellValue(line.interval());
                for (int i = 0; i < line.values().size(); i++) {
                    number(row, 5 + i, line.values().get(i), value);
                }
            }
            sheet.createFreezePane(2, 5);
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 48 * 256);
            for (int c = 2; c < columns; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, BigDecimal number, CellStyle style) {
        if (number != null) {
            var cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
