package vn.tinhso.dossier;

import java.time.Instant;

/**
 * What the applicant is told when a dossier is filed.
 *
 * @param code the dossier code
 * @param status its status
 * @param submittedAt when it was filed
 * @param receivedAt the legal moment of receipt (expected, for an online dossier not yet accepted)
 * @param dueAt when the result is due (expected, for an online dossier not yet accepted)
 * @param workingDaysLeft "còn N ngày làm việc"; null when no clock runs (refused, or waiting for a supplement)
 * @param repeated true when this answers a retry of an earlier submission with the same Idempotency-Key
 */
public record Filed(DossierCode code, DossierStatus status, Instant submittedAt, Instant receivedAt, Instant dueAt,
                   Long workingDaysLeft, boolean repeated) {
}
