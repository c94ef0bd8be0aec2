package vn.tinhso.servicequality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;

/**
 * A reporting period: the days from {@code from} to {@code to}, both included, in Vietnam's calendar. Biểu 06
 * reports a month, a quarter, six months or a year (Thông tư 01/2020/TT-VPCP); the dashboard any span.
 *
 * @param from first day
 * @param to last day, not before {@code from}; at most {@link #MAX_YEARS} years after it
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period asked for, in years: enough for a term of office, short enough to answer at once. */
    public static final int MAX_YEARS = 5;

    /**
     * @throws Refusal 400 {@code servicequality.period.missing}, {@code servicequality.period.reversed} or
     *         {@code servicequality.period.too-long}
     */
    public Period {
        if (from == null || to == null) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.period.missing");
        }
        if (from.isAfter(to)) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.period.reversed", from, to);
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.period.too-long", MAX_YEARS);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** The week (Monday to Sunday) that contains the day. */
    public static Period week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period month(int year, int month) {
        return month(YearMonth.of(year, month));
    }

    /** Quarter 1 to 4 of a year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.period.quarter", quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The period of the same kind just before: the previous month, quarter or year for a period of whole months,
     * otherwise the same number of days ending the day before {@code from}.
     */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            YearMonth start = YearMonth.from(from).minusMonths(months);
            return new Period(start.atDay(1), YearMonth.from(from).minusMonths(1).atEndOfMonth());
        }
        long days = days();
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** How many days the period has. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the day falls within the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
