package vn.tinhso.procedure.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of a child sheet (documents or fees), waiting for the procedure rows that claim them by code, and by
 * day when the child row names one (otherwise it belongs to every version of that code in the file).
 */
final class Children<T> {

    private final String sheet;
    private final String codeHeader;
    private final String dayHeader;
    private final List<Child<T>> rows = new ArrayList<>();
    private final Map<String, List<Child<T>>> byCode = new HashMap<>();

    private Children(String sheet, String codeHeader, String dayHeader) {
        this.sheet = sheet;
        this.codeHeader = codeHeader;
        this.dayHeader = dayHeader;
    }

    static <C extends Enum<C> & Column, T> Children<T> of(String sheet, List<RowCells<C>> cells, C code, C number, C day,
                                                         Function<RowCells<C>, T> item) {
        var children = new Children<T>(sheet, code.header(), day.header());
        for (RowCells<C> row : cells) {
            long position = row.integer(number, Long.MAX_VALUE);
            var child = new Child<>(row.code(code), row.date(day), position, row.number(), item.apply(row));
            children.rows.add(child);
            children.byCode.computeIfAbsent(child.code, key -> new ArrayList<>()).add(child);
        }
        return children;
    }

    /** The items of a procedure version in the order of their STT (then of their rows), with their row numbers. */
    List<Child<T>> claim(String code, LocalDate validFrom) {
        List<Child<T>> claimed = byCode.getOrDefault(code, List.of()).stream()
                .filter(child -> child.code.equals(code) && (child.validFrom == null || child.validFrom.equals(validFrom)))
                .sorted(Comparator.comparingLong((Child<T> child) -> child.number).thenComparingInt(child -> child.row))
                .toList();
        claimed.forEach(child -> child.claimed = true);
        return claimed;
    }

    /** Rows no procedure row claimed refer to a procedure (or version) the file does not have. */
    void reportUnclaimed(List<Problem> problems) {
        for (Child<T> child : rows) {
            if (child.claimed) {
                continue;
            }
            problems.add(child.validFrom == null
                    ? Problem.of(sheet, child.row, codeHeader, "exchange.reference.unknown", child.code, ProcedureColumn.SHEET)
                    : Problem.of(sheet, child.row, dayHeader, "exchange.reference.unknown-version", child.code,
                            RowCells.DATE.format(child.validFrom), ProcedureColumn.SHEET));
        }
    }

    /** One child row. */
    static final class Child<T> {

        final String code;
        final LocalDate validFrom;
        final long number;
        final int row;
        final T item;
        boolean claimed;

        Child(String code, LocalDate validFrom, long number, int row, T item) {
            this.code = code;
            this.validFrom = validFrom;
            this.number = number;
            this.row = row;
            this.item = item;
        }
    }
}
