package vn.tinhso.procedure.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One sheet of an imported workbook: the header row (row 1) tells which column is where, so columns may come in
 * any order and extra columns are ignored. A sheet that lacks a required column is reported and not read, rather
 * than producing the same problem on every row.
 */
final class SheetTable<C extends Enum<C> & Column> {

    private final String name;
    private final Sheet sheet;
    private final Map<C, Integer> positions;

    private SheetTable(String name, Sheet sheet, Map<C, Integer> positions) {
        this.name = name;
        this.sheet = sheet;
        this.positions = positions;
    }

    /** The sheet, or an empty table when it is missing (a problem only when {@code required}) or unusable. */
    static <C extends Enum<C> & Column> SheetTable<C> of(Workbook workbook, String name, Class<C> columns,
                                                         boolean required, List<Problem> problems) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            if (required) {
                problems.add(Problem.of(name, 0, "", "exchange.sheet.missing", name));
            }
            return new SheetTable<>(name, null, Map.<C, Integer>of());
        }
        Map<C, Integer> positions = positions(sheet.getRow(sheet.getFirstRowNum()), columns);
        int before = problems.size();
        for (C column : columns.getEnumConstants()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(Problem.of(name, 1, column.header(), "exchange.column.missing", column.header()));
            }
        }
        return new SheetTable<>(name, problems.size() == before ? sheet : null, positions);
    }

    /** The data rows, empty rows left out. */
    List<RowCells<C>> rows(List<Problem> problems) {
        var rows = new ArrayList<RowCells<C>>();
        if (sheet == null) {
            return rows;
        }
        for (Row row : sheet) {
            if (row.getRowNum() > sheet.getFirstRowNum() && !blank(row)) {
                rows.add(new RowCells<>(name, row, positions, problems));
            }
        }
        return rows;
    }

    private static <C extends Enum<C> & Column> Map<C, Integer> positions(Row header, Class<C> columns) {
        Map<C, Integer> positions = new EnumMap<>(columns);
        if (header == null) {
            return positions;
        }
        for (Cell cell : header) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            String text = Labels.comparable(cell.getStringCellValue().replaceAll("\\(\\*\\)|\\*", ""));
            for (C column : columns.getEnumConstants()) {
                if (Labels.comparable(column.header()).equals(text)) {
                    positions.putIfAbsent(column, cell.getColumnIndex());
                }
            }
        }
        return positions;
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
