package vn.tinhso.dti.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A yearly assessment period (kỳ đánh giá DTI) of one level under one framework version.
 *
 * @param id surrogate identifier, in addresses
 * @param year the year assessed
 * @param frameworkId the framework version scored with
 * @param title e.g. "DTI 2025 các sở, ban, ngành"
 * @param selfAssessmentDue last day for units to submit their self-assessment
 * @param appraisalDue last day for the council's appraisal
 * @param status open or published
 * @param publishedAt when the council published it; null while open
 * @param robustnessSeed the seed of the Monte Carlo robustness drawn at publication; null while open
 */
public record Period(long id, int year, long frameworkId, String title, LocalDate selfAssessmentDue,
                     LocalDate appraisalDue, Status status, String openedBy, Instant openedAt, String publishedBy,
                     Instant publishedAt, Long robustnessSeed) {

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** Where a period stands. */
    public enum Status {
        /** Units assess themselves and the council appraises. */
        OPEN,
        /** Results are public and locked; only the council corrects them, with a reason. */
        PUBLISHED
    }
}
