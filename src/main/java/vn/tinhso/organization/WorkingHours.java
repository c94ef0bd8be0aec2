package vn.tinhso.organization;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The two working windows of a working day, under {@code tinhso.calendar.*}; together they make one working day
 * (8 hours by default).
 *
 * @param morningStart start of the morning window (07:30)
 * @param morningEnd end of the morning window (11:30)
 * @param afternoonStart start of the afternoon window (13:30)
 * @param afternoonEnd end of the afternoon window (17:30)
 */
@ConfigurationProperties("tinhso.calendar")
record WorkingHours(
        @DefaultValue("07:30") LocalTime morningStart,
        @DefaultValue("11:30") LocalTime morningEnd,
        @DefaultValue("13:30") LocalTime afternoonStart,
        @DefaultValue("17:30") LocalTime afternoonEnd) {

    static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
            LocalTime.of(13, 30), LocalTime.of(17, 30));

    WorkingHours {
        if (!(morningStart.isBefore(morningEnd) && !morningEnd.isAfter(afternoonStart)
                && afternoonStart.isBefore(afternoonEnd))) {
            throw new IllegalArgumentException("Working windows must follow each other: " + morningStart + "–"
                    + morningEnd + ", " + afternoonStart + "–" + afternoonEnd);
        }
    }

    /** The length of one working day: both windows. */
    Duration day() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }
}
