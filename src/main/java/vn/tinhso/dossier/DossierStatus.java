package vn.tinhso.dossier;

/** Where a dossier stands. The national portal's numbering of each is data ({@code portal_status_mapping}). */
public enum DossierStatus {
    /** Mới đăng ký: filed online, waiting for the one-stop officer. */
    SUBMITTED,
    /** Được tiếp nhận: accepted; the processing time runs. */
    RECEIVED,
    /** Không được tiếp nhận: refused at reception, with a reason (form 03). */
    REFUSED,
    /** Yêu cầu bổ sung: the applicant must complete the dossier before it is accepted (form 02). */
    SUPPLEMENT_REQUESTED;

    /** Whether nothing more can happen to the dossier at reception. */
    public boolean closed() {
        return this == REFUSED;
    }
}
