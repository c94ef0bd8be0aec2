package vn.tinhso.dossier;

import java.time.Instant;

/**
 * A dossier was filed online or registered at the desk or by post.
 *
 * @param code the dossier's code
 * @param procedureCode the procedure it was filed for
 * @param agencyCode the receiving agency
 * @param channel how it arrived
 * @param at when
 * @param dueAt when the result is due, as known at filing (expected, for an online dossier not yet received)
 */
public record DossierSubmitted(DossierCode code, String procedureCode, String agencyCode, Channel channel, Instant at,
                               Instant dueAt) {
}
