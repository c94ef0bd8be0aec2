package vn.tinhso.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A public holiday as data (table {@code holiday_rule}), valid for holidays falling from {@code validFrom} to
 * {@code validTo} (inclusive, open-ended when null), so that a change of the law is a new row, not new code.
 *
 * @param kind how the first day is found
 * @param month solar or lunar month (not used by {@link Kind#TET})
 * @param day solar or lunar day of the month (not used by {@link Kind#TET})
 * @param firstOffset days from the found day to the first day off (−1 for Tết: lunar new year's eve)
 * @param days how many consecutive days off
 */
record HolidayRule(Kind kind, Integer month, Integer day, int firstOffset, int days, String nameVi, String nameEn,
                   LocalDate validFrom, LocalDate validTo) {

    /** How a rule finds its day in a year. */
    enum Kind {
        /** A fixed day of the solar calendar, e.g. 30/4. */
        SOLAR,
        /** A fixed day of the Vietnamese lunar calendar, e.g. 10/3 (Giỗ Tổ Hùng Vương). */
        LUNAR,
        /** Counted from mùng 1 Tết, the first day of the lunar year. */
        TET,
        /**
         * The one day next to a solar day (2/9), on the side that joins the break to a weekend: the day before
         * when the solar day falls on Tuesday, Friday, Saturday or Sunday, the day after otherwise. The government
         * announces the real choice each year; this default matched its choice in 2021–2025.
         */
        ADJACENT
    }

    /** The holidays this rule gives in a solar year (none when the rule is not valid then). */
    List<DayOff> daysOffIn(int year) {
        if (validFrom.getYear() > year || (validTo != null && validTo.getYear() < year)) {
            return List.of();
        }
        LocalDate first = anchor(year).plusDays(firstOffset);
        return IntStream.range(0, days)
                .mapToObj(first::plusDays)
                .filter(this::isValidOn)
                .map(holiday -> new DayOff(holiday, nameVi, nameEn, DayOff.Kind.HOLIDAY))
                .toList();
    }

    private LocalDate anchor(int year) {
        return switch (kind) {
            case SOLAR -> LocalDate.of(year, month, day);
            case LUNAR -> LunarCalendar.toSolar(LunarDate.of(year, month, day));
            case TET -> LunarCalendar.newYear(year);
            case ADJACENT -> adjacentTo(LocalDate.of(year, month, day));
        };
    }

    private static LocalDate adjacentTo(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        boolean before = switch (weekday) {
            case TUESDAY, FRIDAY, SATURDAY, SUNDAY -> true;
            case MONDAY, WEDNESDAY, THURSDAY -> false;
        };
        return before ? day.minusDays(1) : day.plusDays(1);
    }

    private boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
