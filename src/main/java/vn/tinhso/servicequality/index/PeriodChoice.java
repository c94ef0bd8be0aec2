package vn.tinhso.servicequality.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;
import vn.tinhso.servicequality.Period;

/**
 * The period picked on a service-quality page: a month, a quarter, a year or from–to. Figures are shown up to today:
 * a period that runs on past today ends today (stocks such as "overdue" are taken at its last day).
 *
 * @param kind what was picked; a year when nothing was
 * @param year the year of a month, quarter or year; this year when left out
 * @param month 1–12, for a month; this month when left out
 * @param quarter 1–4, for a quarter; this quarter when left out
 * @param from first day, for from–to
 * @param to last day, for from–to
 */
public record PeriodChoice(Kind kind, Integer year, Integer month, Integer quarter,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** What kind of period. */
    public enum Kind {
        /** Tháng. */
        MONTH,
        /** Quý. */
        QUARTER,
        /** Năm. */
        YEAR,
        /** Tùy chọn: from–to. */
        CUSTOM
    }

    /** The choice filled in from today: every field has a value the picker can show. */
    public PeriodChoice complete(LocalDate today) {
        Kind k = kind == null ? Kind.YEAR : kind;
        int y = year == null ? today.getYear() : year;
        int m = month == null ? today.getMonthValue() : month;
        int q = quarter == null ? (today.getMonthValue() + 2) / 3 : quarter;
        Period p = raw(k, y, m, q, today);
        return new PeriodChoice(k, y, m, q, p.from(), p.to());
    }

    /** The period to compute, ending today at the latest. */
    public Period period(LocalDate today) {
        PeriodChoice c = complete(today);
        if (c.from().isAfter(today)) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.index.period.future", c.from());
        }
        return Period.of(c.from(), c.to().isAfter(today) ? today : c.to());
    }

    /**
     * The period to compare with: the same days one month, quarter or year earlier (the same part of it when the
     * period is cut at today), or for from–to the same number of days just before.
     */
    public Period previous(LocalDate today) {
        Period now = period(today);
        return switch (complete(today).kind()) {
            case MONTH -> Period.of(now.from().minusMonths(1), now.to().minusMonths(1));
            case QUARTER -> Period.of(now.from().minusMonths(3), now.to().minusMonths(3));
            case YEAR -> Period.of(now.from().minusYears(1), now.to().minusYears(1));
            case CUSTOM -> now.previous();
        };
    }

    /** The query string that picks this period again, e.g. {@code kind=MONTH&year=2026&month=11}. */
    public String query(LocalDate today) {
        PeriodChoice c = complete(today);
        return switch (c.kind()) {
            case MONTH -> "kind=MONTH&year=" + c.year() + "&month=" + c.month();
            case QUARTER -> "kind=QUARTER&year=" + c.year() + "&quarter=" + c.quarter();
            case YEAR -> "kind=YEAR&year=" + c.year();
            case CUSTOM -> "kind=CUSTOM&from=" + c.from() + "&to=" + c.to();
        };
    }

    private Period raw(Kind k, int y, int m, int q, LocalDate today) {
        try {
            return switch (k) {
                case MONTH -> Period.month(YearMonth.of(y, m));
                case QUARTER -> Period.quarter(y, q);
                case YEAR -> Period.year(y);
                case CUSTOM -> Period.of(from == null ? today.withDayOfMonth(1) : from, to == null ? today : to);
            };
        } catch (DateTimeException invalid) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.index.period.invalid");
        }
    }
}
