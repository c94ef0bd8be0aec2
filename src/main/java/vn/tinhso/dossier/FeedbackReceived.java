package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The applicant sent feedback or a complaint about their dossier; the agency must answer by {@code dueAt}.
 *
 * @param code the dossier
 * @param feedbackId the feedback's number
 * @param kind feedback (phản ánh, kiến nghị) or complaint (khiếu nại)
 * @param agencyCode the agency that must answer (the dossier's receiving agency)
 * @param submittedAt when it was sent
 * @param dueAt when the answer is due, by the rule in force that day
 */
public record FeedbackReceived(DossierCode code, long feedbackId, FeedbackKind kind, String agencyCode,
                               Instant submittedAt, Instant dueAt) {
}
