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

    /**
     * When a workflow step entered at {@code from} is due: its share of the processing time in working time,
     * never after the dossier's own due date.
     */
    Instant stepDue(Instant from, ProcessingTime total, int sharePercent, Instant dossierDue) {
        Duration share = total.workingTime().multipliedBy(sharePercent).dividedBy(100);
        Instant due = calendar.addWorkingHours(local(from), share).atZone(WorkingCalendar.ZONE).toInstant();
        return dossierDue != null && due.isAfter(dossierDue) ? dossierDue : due;
    }

    /** The working time between two moments (e.g. how long a supplement request stopped the clock). */
    Duration workingTime(Instant from, Instant to) {
        return calendar.workingTimeBetween(local(from), local(to));
    }

    /** A due date moved later by some working time (the time the clock was stopped). */
    Instant later(Instant due, Duration workingTime) {
        if (due == null || workingTime.isZero()) {
            return due; // 17:30 stays 17:30, not 07:30 the next working day
        }
        return calendar.addWorkingHours(local(due), workingTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** The moment two working days from now: dossiers due before it are "due soon". */
    Instant soon(Instant now) {
        return calendar.addWorkingHours(local(now), WORKING_DAY.multipliedBy(2))
                .atZone(WorkingCalendar.ZONE).toInstant();
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
