package vn.tinhso.dossier;

import java.time.Instant;

/**
 * Feedback (phản ánh, kiến nghị) or a complaint (khiếu nại) about a dossier, and the agency's answer.
 *
 * @param id its number
 * @param code the dossier
 * @param kind feedback or complaint
 * @param text what the applicant wrote
 * @param submittedAt when it was sent
 * @param dueAt when the answer is due
 * @param status open or answered
 * @param answer the agency's answer, or null while open
 * @param answeredAt when it was answered, or null
 * @param answeredBy the officer who answered, or null
 */
record Feedback(long id, DossierCode code, FeedbackKind kind, String text, Instant submittedAt, Instant dueAt,
                Status status, String answer, Instant answeredAt, String answeredBy) {

    /** Whether the answer is due and has not been given. */
    public boolean overdue(Instant now) {
        return status == Status.OPEN && dueAt.isBefore(now);
    }

    /** Whether the answer came after it was due. */
    public boolean answeredLate() {
        return answeredAt != null && answeredAt.isAfter(dueAt);
    }

    /** Where feedback stands. */
    enum Status {
        /** Waiting for the agency's answer. */
        OPEN,
        /** The agency answered. */
        ANSWERED
    }
}
