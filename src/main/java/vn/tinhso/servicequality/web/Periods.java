package vn.tinhso.servicequality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.http.HttpStatus;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.Refusal;
import vn.tinhso.servicequality.Period;

/** The period a request asks for: from–to, or this month (in Vietnam) when it names neither. */
final class Periods {

    private Periods() {
    }

    static Period of(LocalDate from, LocalDate to, Clock clock) {
        if (from == null && to == null) {
            return Period.month(YearMonth.from(LocalDate.now(clock.withZone(WorkingCalendar.ZONE))));
        }
        if (from == null || to == null) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.period.missing");
        }
        return Period.of(from, to);
    }
}
