package vn.tinhso.organization;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working calendar of the province's agencies, used for every deadline: working days are Monday to Friday
 * except public holidays (Bộ luật Lao động 2019 Art. 112), compensation days (Art. 111(3)) and the days off the
 * government announces each year, plus the Saturdays it makes working days. A working day has a morning and an
 * afternoon window (07:30–11:30 and 13:30–17:30 unless configured otherwise); one working day is 8 working hours.
 * <p>
 * All times are local times in {@link #ZONE}. Each year is computed once and kept in memory, so that adding
 * working days needs no database query; a change of the year's adjustments makes the year be computed again.
 * Lunar holidays are known up to 2199; asking about a later year throws {@link IllegalArgumentException}.
 */
@Service
public class WorkingCalendar {

    /** The time zone of every local time the calendar takes and gives. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final int SEARCH_LIMIT_DAYS = 2 * 366;

    private final IntFunction<CalendarYear> loader;
    private final WorkingHours hours;
    private final ConcurrentMap<Integer, CalendarYear> years = new ConcurrentHashMap<>();

    @Autowired
    WorkingCalendar(HolidayRules rules, CalendarAdjustments adjustments, WorkingHours hours) {
        this(year -> CalendarYear.of(year, rules.all(), adjustments.in(year)), hours);
    }

    WorkingCalendar(IntFunction<CalendarYear> loader, WorkingHours hours) {
        this.loader = loader;
        this.hours = hours;
    }

    /** Whether agencies work on the day (a weekday that is not a day off, or a make-up working day). */
    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    /** Why agencies do not work on the day: a holiday, a compensation day, a government day off or the weekend. */
    public Optional<DayOff> dayOff(LocalDate day) {
        return year(day.getYear()).dayOff(day);
    }

    /** The holidays, compensation days and government days off of a year in date order; plain weekends left out. */
    public List<DayOff> daysOff(int year) {
        return year(year).daysOff();
    }

    /**
     * The moment work can start on something that arrives at {@code t}: {@code t} itself inside a working window
     * (start inclusive, end exclusive), otherwise the start of the next working window. A dossier filed online at
     * 17:30 on the Friday before a holiday is received at the first working morning after the holiday.
     */
    public LocalDateTime nextWorkingMoment(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        if (isWorkingDay(day)) {
            if (time.isBefore(hours.morningStart())) {
                return day.atTime(hours.morningStart());
            }
            if (time.isBefore(hours.morningEnd())) {
                return t;
            }
            if (time.isBefore(hours.afternoonStart())) {
                return day.atTime(hours.afternoonStart());
            }
            if (time.isBefore(hours.afternoonEnd())) {
                return t;
            }
        }
        return nextWorkingDay(day).atTime(hours.morningStart());
    }

    /**
     * The moment {@code workingTime} of working time after {@code start}, counted from
     * {@link #nextWorkingMoment(LocalDateTime) nextWorkingMoment(start)}. A result at the end of a window stays
     * there (17:30, not the next morning).
     *
     * @throws IllegalArgumentException when {@code workingTime} is negative
     */
    public LocalDateTime addWorkingHours(LocalDateTime start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + workingTime);
        }
        LocalDateTime t = nextWorkingMoment(start);
        Duration left = workingTime;
        while (true) {
            LocalDateTime windowEnd = t.toLocalDate().atTime(
                    t.toLocalTime().isBefore(hours.morningEnd()) ? hours.morningEnd() : hours.afternoonEnd());
            Duration available = Duration.between(t, windowEnd);
            if (left.compareTo(available) <= 0) {
                return t.plus(left);
            }
            left = left.minus(available);
            t = nextWorkingMoment(windowEnd);
        }
    }

    /**
     * {@code days} working days of 8 working hours after {@code start} (see
     * {@link #addWorkingHours(LocalDateTime, Duration)}): from 07:30 on a working day, 3 days end at 17:30 on the
     * third working day. Whether a deadline counts from the day after receipt (Bộ luật Dân sự 2015 Art. 147) is
     * the caller's choice of {@code start}.
     */
    public LocalDateTime addWorkingDays(LocalDateTime start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + days);
        }
        return addWorkingHours(start, hours.day().multipliedBy(days));
    }

    /**
     * The working time between two moments: the part of the working windows of working days that lies between
     * them. Negative when {@code to} is before {@code from} (the working time from {@code to} to {@code from},
     * negated: how late something is), zero when they are equal.
     */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                total = total.plus(overlap(day.atTime(hours.morningStart()), day.atTime(hours.morningEnd()), from, to))
                        .plus(overlap(day.atTime(hours.afternoonStart()), day.atTime(hours.afternoonEnd()), from, to));
            }
        }
        return total;
    }

    @EventListener
    void on(CalendarAdjusted adjusted) {
        int year = adjusted.day().getYear();
        years.remove(year);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    years.remove(year); // a reader may have cached the year before the change was committed
                }
            });
        }
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, next = next.plusDays(1)) {
            if (isWorkingDay(next)) {
                return next;
            }
        }
        throw new IllegalStateException("No working day within " + SEARCH_LIMIT_DAYS + " days after " + day);
    }

    private CalendarYear year(int year) {
        return years.computeIfAbsent(year, loader::apply);
    }

    private static Duration overlap(LocalDateTime windowStart, LocalDateTime windowEnd, LocalDateTime from,
                                    LocalDateTime to) {
        LocalDateTime start = windowStart.isAfter(from) ? windowStart : from;
        LocalDateTime end = windowEnd.isBefore(to) ? windowEnd : to;
        return start.isBefore(end) ? Duration.between(start, end) : Duration.ZERO;
    }
}
