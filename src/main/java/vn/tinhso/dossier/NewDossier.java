package vn.tinhso.dossier;

import java.time.Instant;

/** Everything a dossier starts with. */
record NewDossier(DossierCode code, String procedureCode, int procedureVersion, String agencyCode, Channel channel,
                  DossierStatus status, Long ownerAccountId, Applicant applicant, Instant submittedAt,
                  Instant receivedAt, Instant dueAt, String registeredBy, String idempotencyKey) {
}
