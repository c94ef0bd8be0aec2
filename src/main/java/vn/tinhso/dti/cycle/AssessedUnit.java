package vn.tinhso.dti.cycle;

import java.time.Instant;

/**
 * A unit (an agency) assessed in a period.
 *
 * @param ranked false for a unit scored but shown without a rank (e.g. one that provides no public services)
 * @param status whether its assessor has submitted
 */
public record AssessedUnit(long periodId, String agencyCode, String agencyName, boolean ranked, Status status,
                           String submittedBy, Instant submittedAt) {

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    /** Where a unit's self-assessment stands. */
    public enum Status {
        /** Its assessor is filling it in. */
        DRAFT,
        /** Sent to the council; the unit can no longer change it. */
        SUBMITTED
    }
}
