package vn.tinhso.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.ProcessingTime;

/**
 * When a dossier counts as received and when its result is due, in the working time of the calendar.
 * <ul>
 *   <li>Filed outside working hours, a dossier is received at the start of the next working period; filed after
 *   the procedure's cut-off hour, at the start of the next working day.</li>
 *   <li>A time in working days is counted from the day after receipt (Bộ luật Dân sự 2015 Art. 147–148): the
 *   result is due at the end of the last of those working days. A time in working hours runs from receipt.</li>
 * </ul>
 */
@Component
class Deadlines {

    private static final Duration WORKING_DAY = Duration.ofHours(8);

    private final WorkingCalendar calendar;

    Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The legal moment of receipt of something that arrived at {@code at}. */
    Instant receipt(Instant at, LocalTime cutoff) {
        LocalDateTime moment = calendar.nextWorkingMoment(local(at));
        if (cutoff != null && !moment.toLocalTime().isBefore(cutoff)) {
            moment = calendar.nextWorkingMoment(moment.toLocalDate().plusDays(1).atStartOfDay());
        }
        return moment.atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** When the result of a dossier received at {@code receipt} is due. */
    Instant due(Instant receipt, ProcessingTime time) {
        LocalDateTime received = local(receipt);
        LocalDateTime due = switch (time.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(
                    calendar.nextWorkingMoment(received.toLocalDate().plusDays(1).atStartOfDay()), time.amount());
            case WORKING_HOURS -> calendar.addWorkingHours(received, time.workingTime());
        };
        return due.atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** Whole working days left until {@code due} ("còn N ngày làm việc"), rounded up; negative when late. */
    long workingDaysLeft(Instant now, Instant due) {
        Duration left = calendar.workingTimeBetween(local(now), local(due));
        long days = left.toMinutes() / WORKING_DAY.toMinutes();
        boolean partial = left.toMinutes() % WORKING_DAY.toMinutes() != 0;
        return left.isNegative() ? days - (partial ? 1 : 0) : days + (partial ? 1 : 0);
    }

    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, WorkingCalendar.ZONE);
    }
}
