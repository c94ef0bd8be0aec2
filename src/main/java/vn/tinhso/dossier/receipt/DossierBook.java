package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The dossier book (Sổ theo dõi hồ sơ, mẫu số 07, Thông tư 01/2018/TT-VPCP as renumbered by Thông tư
 * 03/2025/TT-VPCP) of one agency over a period. Times are in Vietnam.
 *
 * @param agencyName the agency whose book it is
 * @param from the first day of the period
 * @param to the last day of the period
 * @param entries one per dossier, in the order they are to be listed
 */
public record DossierBook(String agencyName, LocalDate from, LocalDate to, List<Entry> entries) {

    public DossierBook {
        entries = List.copyOf(entries);
    }

    /** "Từ ngày 01/11/2025 đến ngày 30/11/2025". */
    String period() {
        return "Từ ngày %s đến ngày %s".formatted(DossierBookPdf.day(from), DossierBookPdf.day(to));
    }

    /**
     * One dossier in the book.
     *
     * @param number its running number (STT)
     * @param dossierCode the dossier code
     * @param procedureName the procedure
     * @param applicantName the person or organisation that filed the dossier
     * @param applicantAddress may be {@code null} or empty
     * @param applicantPhone may be {@code null} or empty
     * @param receivedAt when the dossier counted as received
     * @param dueAt when the result is due
     * @param handledBy the agency in charge of resolving it (cơ quan chủ trì giải quyết)
     * @param resolvedAt when the result was ready; {@code null} while it is not
     * @param returnedAt when the result was returned to the applicant; {@code null} while it is not
     * @param status the dossier's status in words, e.g. "Đã trả kết quả"
     * @param note may be {@code null} or empty
     */
    public record Entry(int number, String dossierCode, String procedureName, String applicantName,
                        String applicantAddress, String applicantPhone, LocalDateTime receivedAt,
                        LocalDateTime dueAt, String handledBy, LocalDateTime resolvedAt, LocalDateTime returnedAt,
                        String status, String note) {

        public Entry {
            applicantAddress = applicantAddress == null ? "" : applicantAddress;
            applicantPhone = applicantPhone == null ? "" : applicantPhone;
            status = status == null ? "" : status;
            note = note == null ? "" : note;
        }
    }
}
