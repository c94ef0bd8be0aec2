package vn.tinhso.dossier;

/**
 * Where a dossier stands. The national portal's numbering of each is data ({@code portal_status_mapping}); within
 * {@link #RECEIVED} and {@link #IN_PROGRESS} the procedure's workflow says which step the dossier is at.
 */
public enum DossierStatus {
    /** Mới đăng ký: filed online, waiting for the one-stop officer. */
    SUBMITTED,
    /** Được tiếp nhận: accepted; the processing time runs. */
    RECEIVED,
    /** Không được tiếp nhận: refused at reception, with a reason (form 03). */
    REFUSED,
    /** Đang xử lý: past the first step of the workflow. */
    IN_PROGRESS,
    /** Yêu cầu bổ sung: the applicant must complete the dossier (form 02); during processing the clock stops. */
    SUPPLEMENT_REQUESTED,
    /** Công dân yêu cầu rút hồ sơ: the applicant withdrew it. */
    WITHDRAWN,
    /** Dừng xử lý: the agency stopped processing it, with a reason (form 05). */
    STOPPED,
    /** Đã xử lý xong: the leader approved; the signed result is ready. */
    RESOLVED,
    /** Đã trả kết quả: the result was handed back (online, at the desk or by post). */
    RETURNED;

    /** Whether nothing more can happen to the dossier. */
    public boolean closed() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    /** Whether the result has been issued. */
    public boolean resolved() {
        return this == RESOLVED || this == RETURNED;
    }
}
