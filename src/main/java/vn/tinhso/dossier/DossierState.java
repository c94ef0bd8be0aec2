package vn.tinhso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * A dossier as the applicant may see it.
 *
 * @param code the dossier code
 * @param procedureCode the procedure
 * @param agencyCode the receiving agency
 * @param channel how it arrived
 * @param status our status
 * @param portalStatus the national portal's status number (1 Mới đăng ký … 10 Đã trả kết quả)
 * @param submittedAt when it was filed
 * @param receivedAt when it was received, if it was
 * @param dueAt when the result is due
 * @param expected whether receipt and due date are only expected (an online dossier not accepted yet)
 * @param workingDaysLeft "còn N ngày làm việc", null when not running
 * @param history what happened, oldest first
 */
public record DossierState(DossierCode code, String procedureCode, String agencyCode, Channel channel,
                           DossierStatus status, int portalStatus, Instant submittedAt, Instant receivedAt,
                           Instant dueAt, boolean expected, Long workingDaysLeft, List<Step> history) {

    /**
     * One line of history.
     *
     * @param at when
     * @param type what happened: submitted, registered, received, refused, supplement-requested, supplemented
     * @param status the status it led to
     * @param note the reason or request told to the applicant
     */
    public record Step(Instant at, String type, DossierStatus status, String note) {
    }
}
