package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The agency apologised for being late and set a new date (form 04).
 *
 * @param code the dossier
 * @param previousDueAt the date it misses
 * @param dueAt the new date
 * @param reason why
 */
public record DossierExtended(DossierCode code, Instant previousDueAt, Instant dueAt, String reason) {
}
