package vn.tinhso.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What the calendar page shows of one year: the days off with their lunar dates, the government's adjustments,
 * and twelve month grids (weeks from Monday) in which every day has a style.
 */
record YearSheet(int year, List<Row> daysOff, List<Adjustment> adjustments, List<Month> months) {

    /** A day off as a row of the table. */
    record Row(LocalDate day, String name, DayOff.Kind kind, LunarDate lunar) {
    }

    /** One month: weeks of seven cells, empty cells (null day) before the first and after the last day. */
    record Month(int month, List<List<Cell>> weeks) {
    }

    /** One day of a month grid; {@code style} is work, weekend, off or makeup. */
    record Cell(LocalDate day, String style, String title) {

        static final Cell EMPTY = new Cell(null, "empty", "");
    }

    static YearSheet of(int year, WorkingCalendar calendar, List<Adjustment> adjustments, Locale locale) {
        List<Row> rows = calendar.daysOff(year).stream()
                .map(off -> new Row(off.day(), off.name(locale), off.kind(), LunarCalendar.toLunar(off.day())))
                .toList();
        List<Month> months = IntStream.rangeClosed(1, 12)
                .mapToObj(month -> month(YearMonth.of(year, month), calendar, locale))
                .toList();
        return new YearSheet(year, rows, adjustments, months);
    }

    private static Month month(YearMonth month, WorkingCalendar calendar, Locale locale) {
        List<Cell> cells = new ArrayList<>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        cells.addAll(Collections.nCopies(leading, Cell.EMPTY));
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            cells.add(cell(month.atDay(day), calendar, locale));
        }
        while (cells.size() % 7 != 0) {
            cells.add(Cell.EMPTY);
        }
        List<List<Cell>> weeks = IntStream.range(0, cells.size() / 7)
                .mapToObj(week -> List.copyOf(cells.subList(week * 7, week * 7 + 7)))
                .toList();
        return new Month(month.getMonthValue(), weeks);
    }

    private static Cell cell(LocalDate day, WorkingCalendar calendar, Locale locale) {
        return calendar.dayOff(day)
                .map(off -> new Cell(day, off.kind() == DayOff.Kind.WEEKEND ? "weekend" : "off", off.name(locale)))
                .orElseGet(() -> new Cell(day, CalendarYear.isWeekend(day) ? "makeup" : "work", ""));
    }

    /** The ISO weekdays Monday (1) to Sunday (7), for the grid's header. */
    static List<Integer> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::getValue).toList();
    }
}
