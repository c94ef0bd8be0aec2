package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The applicant rated the handling of their dossier after the result (once per dossier); the satisfaction part of
 * the service-quality index (Quyết định 766/QĐ-TTg) counts these.
 *
 * @param code the dossier
 * @param agencyCode the receiving agency
 * @param level how satisfied the applicant was
 * @param at when
 */
public record DossierRated(DossierCode code, String agencyCode, Satisfaction level, Instant at) {
}
