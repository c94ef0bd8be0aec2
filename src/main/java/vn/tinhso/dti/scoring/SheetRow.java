package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import vn.tinhso.dti.scoring.FrameworkProblem.Where;

/**
 * One row of a framework sheet, read cell by cell; every unreadable or missing required cell becomes a problem
 * located by sheet, row (as Excel numbers it) and column heading.
 */
final class SheetRow {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private final String sheet;
    private final Row row;
    private final List<String> headers;
    private final List<FrameworkProblem> problems;

    SheetRow(String sheet, Row row, List<String> headers, List<FrameworkProblem> problems) {
        this.sheet = sheet;
        this.row = row;
        this.headers = headers;
        this.problems = problems;
    }

    boolean blank() {
        for (int i = 0; i < headers.size(); i++) {
            if (!text(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    String text(int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return Rules.clean(BigDecimal.valueOf(cell.getNumericCellValue())).toPlainString();
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    /** A required text; a problem when empty. */
    String required(int column) {
        String text = text(column);
        if (text.isEmpty()) {
            problem(column, "dti.scoring.file.required-cell");
            return null;
        }
        return text;
    }

    /** A required number, e.g. points; null (and a problem) when missing or unreadable. */
    BigDecimal number(int column) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return Rules.clean(BigDecimal.valueOf(cell.getNumericCellValue()));
        }
        String text = required(column);
        if (text == null) {
            return null;
        }
        return SheetFormat.number(text).orElseGet(() -> {
            problem(column, "dti.scoring.file.number", text);
            return null;
        });
    }

    /** A date as dd/mm/yyyy, ISO or a date cell; null when empty (a problem when {@code required}). */
    LocalDate date(int column, boolean required) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = required ? required(column) : text(column);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, WorkbookWriter.DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problem(column, "dti.scoring.file.date", text);
            return null;
        }
    }

    void problem(int column, String code, Object... arguments) {
        problems.add(FrameworkProblem.of(Where.of("dti.scoring.at.cell", sheet, row.getRowNum() + 1,
                headers.get(column)), code, arguments));
    }
}
