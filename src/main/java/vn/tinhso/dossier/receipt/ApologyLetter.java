package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the apology and extension letter (Phiếu xin lỗi và hẹn lại ngày trả kết quả, mẫu số 04, Thông tư
 * 01/2018/TT-VPCP as renumbered by Thông tư 03/2025/TT-VPCP) says about a dossier that will be resolved late.
 * Times are in Vietnam.
 *
 * @param agencyName the agency that apologises, e.g. "Ủy ban nhân dân Phường Hải Dương"
 * @param place the place name of the date line (Nghị định 30/2020/NĐ-CP)
 * @param issuedOn the date of the letter
 * @param dossierCode the dossier code
 * @param applicantName the person or organisation that filed the dossier
 * @param procedureName the procedure, as in the catalogue version the dossier was filed under
 * @param receivedAt when the dossier counted as received
 * @param originalDueAt the due time written on the receipt
 * @param reason why the result is late, in the agency's words
 * @param newDueAt the new time the result will be returned
 * @param signerTitle the signer's capacity, e.g. "Người đại diện" or "Chủ tịch"
 * @param signerName the signer's full name
 */
public record ApologyLetter(String agencyName, String place, LocalDate issuedOn, String dossierCode,
                            String applicantName, String procedureName, LocalDateTime receivedAt,
                            LocalDateTime originalDueAt, String reason, LocalDateTime newDueAt, String signerTitle,
                            String signerName) {
}
