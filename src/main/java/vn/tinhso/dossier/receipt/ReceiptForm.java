package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mẫu số 01, Thông tư
 * 01/2018/TT-VPCP as renumbered by Thông tư 03/2025/TT-VPCP) says about one dossier. Times are in Vietnam.
 *
 * @param agencyName the receiving agency, e.g. "Ủy ban nhân dân Phường Hải Dương"
 * @param place the place name of the date line (Nghị định 30/2020/NĐ-CP: the unit where the agency sits)
 * @param issuedOn the date of the slip
 * @param code the dossier code
 * @param applicant who handed in the dossier
 * @param procedureName the procedure, as in the catalogue version the dossier was filed under
 * @param procedureCode its national code
 * @param papers the papers received, in the order of the procedure
 * @param fees fees and charges; empty when none are collected
 * @param processingTime the legal time, e.g. "03 ngày làm việc"
 * @param receivedAt when the dossier counts as received
 * @param dueAt when the result is due
 * @param expected whether both times are only expected (an online dossier not yet accepted)
 * @param resultReturn where and how the result is returned
 * @param trackingUrl the address the QR code leads to
 * @param receivedBy the username of the officer who received it; empty while nobody has
 */
public record ReceiptForm(String agencyName, String place, LocalDate issuedOn, String code, Person applicant,
                          String procedureName, String procedureCode, List<Paper> papers, List<Charge> fees,
                          String processingTime, LocalDateTime receivedAt, LocalDateTime dueAt, boolean expected,
                          String resultReturn, String trackingUrl, String receivedBy) {

    public ReceiptForm {
        papers = List.copyOf(papers);
        fees = List.copyOf(fees);
        receivedBy = receivedBy == null ? "" : receivedBy;
    }

    /**
     * The applicant as on the dossier.
     *
     * @param name full name
     * @param identityNumber the 12-digit personal identity number
     * @param phone may be empty
     * @param email may be empty
     * @param address may be empty
     */
    public record Person(String name, String identityNumber, String phone, String email, String address) {
    }

    /**
     * One paper of the dossier.
     *
     * @param name e.g. "Tờ khai đăng ký khai sinh"
     * @param originals number of originals the procedure asks for
     * @param copies number of copies
     * @param delivered the name of the file received, or "bản giấy" for a paper handed in without a scan
     */
    public record Paper(String name, int originals, int copies, String delivered) {
    }

    /**
     * A fee (phí) or charge (lệ phí).
     *
     * @param name as in the procedure
     * @param amount in đồng
     */
    public record Charge(String name, long amount) {
    }
}
