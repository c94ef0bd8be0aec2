package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The applicant's rating of the handling of their dossier.
 *
 * @param code the dossier
 * @param level how satisfied they were
 * @param comment what they added, possibly empty
 * @param ratedAt when
 */
record Rating(DossierCode code, Satisfaction level, String comment, Instant ratedAt) {
}
