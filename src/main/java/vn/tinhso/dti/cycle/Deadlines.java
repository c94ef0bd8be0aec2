package vn.tinhso.dti.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Days left to a deadline, counted in calendar days in Vietnam: the DTI's deadlines are dates, not working time. */
public final class Deadlines {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Deadlines() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** Days from today to the deadline: 0 on the day itself, negative once it has passed. */
    public static long daysLeft(Clock clock, LocalDate deadline) {
        return ChronoUnit.DAYS.between(today(clock), deadline);
    }

    static String format(LocalDate day) {
        return DAY.format(day);
    }
}
