package vn.tinhso.dossier.receipt;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The process control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, mẫu số 06, Thông tư 01/2018/TT-VPCP as
 * renumbered by Thông tư 03/2025/TT-VPCP) of one dossier: every handover between the desk, departments, officers
 * and agencies, and whether each step kept its deadline. Times are in Vietnam.
 *
 * @param agencyName the agency that received the dossier
 * @param dossierCode the dossier code
 * @param applicantName the person or organisation that filed the dossier
 * @param procedureName the procedure, as in the catalogue version the dossier was filed under
 * @param receivedAt when the dossier counted as received
 * @param dueAt when the result is due
 * @param rows the handovers, oldest first
 */
public record ControlSlip(String agencyName, String dossierCode, String applicantName, String procedureName,
                          LocalDateTime receivedAt, LocalDateTime dueAt, List<Handover> rows) {

    public ControlSlip {
        rows = List.copyOf(rows);
    }

    /**
     * One handover of the dossier.
     *
     * @param from who handed it over, e.g. "Bộ phận một cửa - Nguyễn Văn A"
     * @param to who took it over
     * @param at when
     * @param stepDueAt when the step that starts here is due; {@code null} when it has no own deadline
     * @param outcome "Trước hạn", "Đúng hạn", "Quá hạn", or empty while the step is open
     * @param note may be {@code null} or empty
     */
    public record Handover(String from, String to, LocalDateTime at, LocalDateTime stepDueAt, String outcome,
                           String note) {

        public Handover {
            outcome = outcome == null ? "" : outcome;
            note = note == null ? "" : note;
        }
    }
}
