package vn.tinhso.procedure.exchange;

import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Sheets the way people expect them from a province's published list: a bold, shaded, frozen header row with a
 * filter, columns sized to their content, text columns formatted as text, dropdowns where values come from a list.
 */
final class StyledSheets {

    /** Rows a dropdown covers below the header. */
    private static final int VALIDATED_ROWS = 65_535;

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;

    StyledSheets(Workbook workbook) {
        this.workbook = workbook;
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        this.text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    /** A sheet with its header row; {@code textColumns} keep what is typed (codes such as 1.001190) as text. */
    Sheet sheet(String name, List<? extends Column> columns, List<? extends Column> textColumns) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, column.width() + 2) * 256);
            if (textColumns.contains(column)) {
                sheet.setDefaultColumnStyle(i, text);
            }
            if (!column.choices().isEmpty()) {
                dropdown(sheet, i, column.choices());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return sheet;
    }

    /** Writes a data row: numbers as numbers, everything else as text, nothing for empty values. */
    void row(Sheet sheet, int number, List<?> values) {
        Row row = sheet.createRow(number);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number amount) {
                row.createCell(i).setCellValue(amount.doubleValue());
            } else if (value != null && !value.toString().isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellValue(value.toString());
                cell.setCellStyle(text);
            }
        }
    }

    private static void dropdown(Sheet sheet, int column, List<String> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
