package vn.tinhso.servicequality;

import java.time.Instant;

/**
 * A dossier behind a figure, as the drill-down lists it.
 *
 * @param code the dossier code (Thông tư 01/2018/TT-VPCP Art. 19)
 * @param agencyCode the receiving agency
 * @param fieldCode the procedure's field
 * @param procedureCode the procedure
 * @param online whether it was filed online
 * @param receivedAt when it was received
 * @param dueAt its legal due date (stopped time added, extensions not)
 * @param resolvedAt when its result was issued, if it was
 */
public record DossierRef(String code, String agencyCode, String fieldCode, String procedureCode, boolean online,
                         Instant receivedAt, Instant dueAt, Instant resolvedAt) {
}
