package vn.tinhso.procedure.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * The cells of one data row, read as the types the catalogue needs. A value that cannot be read becomes a
 * {@link Problem} at this row and column, and the reader gets an empty value, so that reading goes on and every
 * problem of the file is found in one pass.
 */
final class RowCells<C extends Column> {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}|-?\\d{1,3}([.,]\\d{3})+");

    private final String sheet;
    private final int number;
    private final Row row;
    private final Map<C, Integer> positions;
    private final List<Problem> problems;

    RowCells(String sheet, Row row, Map<C, Integer> positions, List<Problem> problems) {
        this.sheet = sheet;
        this.number = row.getRowNum() + 1;
        this.row = row;
        this.positions = positions;
        this.problems = problems;
    }

    /** The row number as Excel shows it. */
    int number() {
        return number;
    }

    /** The cell's text, trimmed; empty for an empty cell. Numbers read as typed, without a trailing ".0". */
    String text(C column) {
        Cell cell = cell(column);
        if (cell == null) {
            return "";
        }
        return switch (type(cell)) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Labels.YES_NO.label(cell.getBooleanCellValue());
            case ERROR -> unreadable(column);
            default -> "";
        };
    }

    /** A procedure code; a code typed as a number (1.00119 for 1.001190) gets its six decimals back. */
    String code(C column) {
        Cell cell = cell(column);
        if (cell != null && type(cell) == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return text(column);
    }

    /** A whole number; {@code whenEmpty} for an empty cell. Thousands may be grouped: 1.000.000. */
    long integer(C column, long whenEmpty) {
        Cell cell = cell(column);
        if (cell != null && type(cell) == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return (long) value;
            }
            problem(column, "exchange.cell.number", text(column));
            return whenEmpty;
        }
        String text = text(column);
        if (text.isEmpty()) {
            return whenEmpty;
        }
        if (!INTEGER.matcher(text).matches()) {
            problem(column, "exchange.cell.number", text);
            return whenEmpty;
        }
        return Long.parseLong(text.replace(".", "").replace(",", ""));
    }

    /** A day typed dd/MM/yyyy or stored as an Excel date; null when empty or unreadable. */
    LocalDate date(C column) {
        Cell cell = cell(column);
        if (cell != null && type(cell) == CellType.NUMERIC) {
            return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
        }
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE_TYPED);
        } catch (DateTimeParseException wrong) {
            problem(column, "exchange.cell.date", text);
            return null;
        }
    }

    /** A time of day typed HH:mm or stored as an Excel time; null when empty or unreadable. */
    LocalTime time(C column) {
        Cell cell = cell(column);
        if (cell != null && type(cell) == CellType.NUMERIC) {
            double fraction = cell.getNumericCellValue() % 1;
            return LocalTime.ofSecondOfDay(Math.round(fraction * 86_400) % 86_400);
        }
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text, TIME_TYPED);
        } catch (DateTimeParseException wrong) {
            problem(column, "exchange.cell.time", text);
            return null;
        }
    }

    /** One value of a vocabulary; {@code whenEmpty} for an empty cell, null for an unknown label. */
    <E> E choice(C column, Labels.Vocabulary<E> vocabulary, E whenEmpty) {
        String text = text(column);
        if (text.isEmpty()) {
            return whenEmpty;
        }
        return vocabulary.parse(text).orElseGet(() -> {
            problem(column, "exchange.cell.choice", text, vocabulary.listed());
            return null;
        });
    }

    /** Several values of a vocabulary separated by {@code ;}; unknown labels are problems. */
    <E extends Enum<E>> Set<E> choices(C column, Labels.Vocabulary<E> vocabulary, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String label : list(column)) {
            vocabulary.parse(label).ifPresentOrElse(values::add,
                    () -> problem(column, "exchange.cell.choice", label, vocabulary.listed()));
        }
        return values;
    }

    /** The values separated by {@code ;} or line breaks, trimmed, empty ones left out. */
    List<String> list(C column) {
        var values = new ArrayList<String>();
        for (String value : text(column).split("[;\\n]")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    void problem(C column, String key, Object... arguments) {
        problems.add(Problem.of(sheet, number, column.header(), key, arguments));
    }

    private String unreadable(C column) {
        problem(column, "exchange.cell.unreadable");
        return "";
    }

    private Cell cell(C column) {
        Integer position = positions.get(column);
        return position == null ? null : row.getCell(position);
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }
}
