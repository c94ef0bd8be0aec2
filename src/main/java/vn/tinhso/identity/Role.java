package vn.tinhso.identity;

/** What an account may do; every role but {@link #CITIZEN} and {@link #SYSTEM_ADMIN} is held within an agency. */
public enum Role {
    /** A person or business using public services for themselves. */
    CITIZEN(false),
    /** One-stop or specialist officer (cán bộ một cửa, chuyên viên): receives and processes dossiers. */
    OFFICER(true),
    /** Leader (lãnh đạo) of an agency: approves and signs results. */
    LEADER(true),
    /** Administrator of one agency's accounts (quản trị đơn vị). */
    AGENCY_ADMIN(true),
    /** Prepares the agency's DTI self-assessment (cán bộ tự đánh giá DTI). */
    DTI_ASSESSOR(true),
    /** Member of the provincial DTI appraisal council (hội đồng thẩm định). */
    DTI_COUNCIL(true),
    /** Publishes the agency's open datasets (người công bố dữ liệu mở). */
    DATA_PUBLISHER(true),
    /** Administers the whole platform (quản trị hệ thống). */
    SYSTEM_ADMIN(false);

    private final boolean heldInAgency;

    Role(boolean heldInAgency) {
        this.heldInAgency = heldInAgency;
    }

    /** Whether this role is granted for a particular agency. */
    public boolean heldInAgency() {
        return heldInAgency;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
