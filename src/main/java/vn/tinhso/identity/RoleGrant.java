package vn.tinhso.identity;

/**
 * A role held by an account, within an agency when the role is {@linkplain Role#heldInAgency() held in one}.
 *
 * @param role the role
 * @param agencyCode the agency's identifier code (Quyết định 20/2020/QĐ-TTg), or empty
 */
public record RoleGrant(Role role, String agencyCode) {

    public RoleGrant {
        agencyCode = agencyCode == null ? "" : agencyCode;
    }
}
