package vn.tinhso.dossier;

import java.time.Instant;

/**
 * A dossier was accepted (Được tiếp nhận); from now the processing time runs until {@code dueAt}.
 *
 * @param code the dossier
 * @param agencyCode the receiving agency
 * @param receivedAt the legal moment of receipt
 * @param dueAt when the result is due
 */
public record DossierReceived(DossierCode code, String agencyCode, Instant receivedAt, Instant dueAt) {
}
