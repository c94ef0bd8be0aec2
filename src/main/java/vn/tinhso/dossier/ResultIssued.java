package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The leader approved and the signed result was issued (Đã xử lý xong).
 *
 * @param code the dossier
 * @param agencyCode the receiving agency
 * @param procedureCode the procedure
 * @param at when
 * @param dueAt the due date in force (after extensions and stopped time)
 * @param onTime at or before the due date, with at most one supplement request (Quyết định 766/QĐ-TTg)
 * @param supplementRequests how many times the applicant was asked to complete the dossier during processing
 */
public record ResultIssued(DossierCode code, String agencyCode, String procedureCode, Instant at, Instant dueAt,
                           boolean onTime, int supplementRequests) {
}
