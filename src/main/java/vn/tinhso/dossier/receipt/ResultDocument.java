package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The result of an administrative procedure (kết quả giải quyết thủ tục hành chính) as the leader approved it,
 * before the agency signs it digitally. Times are in Vietnam.
 *
 * @param agencyName the agency that issues the result
 * @param place the place name of the date line (Nghị định 30/2020/NĐ-CP)
 * @param issuedOn the date of the result
 * @param dossierCode the dossier code
 * @param procedureName the procedure, as in the catalogue version the dossier was filed under
 * @param procedureCode its national code
 * @param resultName what the result is, e.g. "Giấy chứng nhận đăng ký hộ kinh doanh"
 * @param applicantName to whom it is issued
 * @param applicantIdNumber the applicant's personal identity number or the organisation's code
 * @param applicantAddress may be {@code null} or empty
 * @param decisionText what is decided; may be long and hold line breaks between paragraphs
 * @param approvedBy the display name of the leader who approved it
 * @param approvedAt when it was approved
 * @param verifyUrl where anyone can check the signed document; printed and encoded as a QR code
 */
public record ResultDocument(String agencyName, String place, LocalDate issuedOn, String dossierCode,
                             String procedureName, String procedureCode, String resultName, String applicantName,
                             String applicantIdNumber, String applicantAddress, String decisionText,
                             String approvedBy, LocalDateTime approvedAt, String verifyUrl) {

    public ResultDocument {
        applicantAddress = applicantAddress == null ? "" : applicantAddress;
    }
}
