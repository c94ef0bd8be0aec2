package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** Helpers the dossier templates call: local times and "còn N ngày làm việc". */
record Views(Deadlines deadlines, Clock clock) {

    /** The time in Vietnam, or null. */
    public LocalDateTime local(Instant at) {
        return at == null ? null : Deadlines.local(at);
    }

    /** Working days left until {@code due}; negative when late, null when there is no due date. */
    public Long daysLeft(Instant due) {
        return due == null ? null : deadlines.workingDaysLeft(clock.instant(), due);
    }
}
