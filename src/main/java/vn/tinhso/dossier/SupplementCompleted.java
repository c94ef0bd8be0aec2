package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The applicant handed in the papers asked for during processing; the clock runs again.
 *
 * @param code the dossier
 * @param at when
 * @param dueAt the due date, moved by the working time the clock was stopped
 */
public record SupplementCompleted(DossierCode code, Instant at, Instant dueAt) {
}
