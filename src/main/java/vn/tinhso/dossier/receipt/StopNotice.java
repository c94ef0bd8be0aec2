package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the notice of stopping (Thông báo về việc dừng xử lý hồ sơ, mẫu số 05, Thông tư 01/2018/TT-VPCP as
 * renumbered by Thông tư 03/2025/TT-VPCP) tells the applicant about a dossier whose processing stops. Times are in
 * Vietnam.
 *
 * @param agencyName the agency that stops processing the dossier
 * @param place the place name of the date line (Nghị định 30/2020/NĐ-CP)
 * @param issuedOn the date of the notice
 * @param dossierCode the dossier code
 * @param applicantName the person or organisation that filed the dossier
 * @param procedureName the procedure, as in the catalogue version the dossier was filed under
 * @param receivedAt when the dossier counted as received
 * @param reason why processing stops, in the agency's words
 * @param signerTitle the signer's capacity, e.g. "Người đại diện" or "Chủ tịch"
 * @param signerName the signer's full name
 */
public record StopNotice(String agencyName, String place, LocalDate issuedOn, String dossierCode,
                         String applicantName, String procedureName, LocalDateTime receivedAt, String reason,
                         String signerTitle, String signerName) {
}
