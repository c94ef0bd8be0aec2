package vn.tinhso.dossier;

import java.time.Instant;

/**
 * An officer of the dossier's agency answered the applicant's feedback or complaint.
 *
 * @param code the dossier
 * @param feedbackId the feedback's number
 * @param kind feedback (phản ánh, kiến nghị) or complaint (khiếu nại)
 * @param answeredAt when
 * @param dueAt when the answer was due; an answer after it was late
 */
public record FeedbackAnswered(DossierCode code, long feedbackId, FeedbackKind kind, Instant answeredAt,
                               Instant dueAt) {
}
