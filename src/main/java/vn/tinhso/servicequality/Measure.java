package vn.tinhso.servicequality;

/** A figure whose dossiers can be listed (drill-down from a number of the report or the dashboard). */
public enum Measure {
    /** To handle in the period: received in it, or carried over from before (Biểu 06 "tổng số"). */
    RECEIVED_TOTAL,
    /** Received in the period, any channel (tiếp nhận trong kỳ). */
    RECEIVED,
    /** Received online in the period (trực tuyến). */
    RECEIVED_ONLINE,
    /** Received at the desk or by post in the period (trực tiếp, bưu chính). */
    RECEIVED_DIRECT_OR_POSTAL,
    /** Received before the period and still unfinished when it began (kỳ trước chuyển qua). */
    CARRIED_OVER,
    /** Result issued in the period. */
    RESOLVED,
    /** Result issued in the period before the due day (trước hạn). */
    RESOLVED_EARLY,
    /** Result issued in the period by the due date, not early (đúng hạn). */
    RESOLVED_ON_TIME,
    /** Result issued in the period after the due date, or after more than one supplement request (quá hạn). */
    RESOLVED_LATE,
    /** Unfinished at the end of the period (đang giải quyết). */
    IN_PROGRESS,
    /** Unfinished at the end of the period and not yet due (trong hạn). */
    IN_PROGRESS_WITHIN_DEADLINE,
    /** Unfinished at the end of the period and past its due date (quá hạn). */
    OVERDUE,
    /** Withdrawn by the applicant or stopped by the agency in the period, without a result. */
    CLOSED_WITHOUT_RESULT,
    /** Result issued in the period as an electronic document. */
    ELECTRONIC_RESULT,
    /** Received in the period and digitised (filed online, or scanned at the desk). */
    DIGITISED,
    /** Rated "not satisfied" in the period. */
    DISSATISFIED
}
