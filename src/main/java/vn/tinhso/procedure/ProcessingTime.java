package vn.tinhso.procedure;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The legal time to settle the procedure, counted in working time from the day after receipt
 * (Bộ luật Dân sự 2015 Art. 147–148); one working day is eight working hours.
 *
 * @param amount how many units, at least 1
 * @param unit working days or working hours
 */
public record ProcessingTime(@Min(1) @Max(365) int amount, @NotNull Unit unit) {

    /** The unit the law states the time in. */
    public enum Unit {
        /** Ngày làm việc. */
        WORKING_DAYS,
        /** Giờ làm việc (e.g. certifications settled within the day). */
        WORKING_HOURS
    }

    /** The time as working time, for the working calendar. */
    public Duration workingTime() {
        return unit == Unit.WORKING_DAYS ? Duration.ofHours(8L * amount) : Duration.ofHours(amount);
    }
}
