package vn.tinhso.procedure;

/** Who may file the procedure. */
public enum Applicant {
    /** Individuals (cá nhân, công dân). */
    CITIZEN,
    /** Businesses and other organisations (doanh nghiệp, tổ chức). */
    BUSINESS
}
