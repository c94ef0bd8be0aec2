package vn.tinhso.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person signed in, as other modules see them. Controllers receive it as a method argument; it is
 * {@code null} for anonymous visitors.
 *
 * @param accountId the account's id
 * @param username the sign-in name (the identity number for citizens)
 * @param displayName the name shown to others
 * @param kind officer or citizen
 * @param identityNumber the citizen's 12-digit identity number, or null for officers
 * @param grants the roles held, each within its agency
 */
public record CurrentUser(long accountId, String username, String displayName, AccountKind kind,
                          String identityNumber, List<RoleGrant> grants) {

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** The agencies in which this user holds any of the given roles. */
    public Set<String> agenciesWhere(Role... roles) {
        var wanted = Arrays.asList(roles);
        return grants.stream()
                .filter(grant -> wanted.contains(grant.role()) && !grant.agencyCode().isEmpty())
                .map(RoleGrant::agencyCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the user may act in the given agency with one of the given roles. */
    public boolean mayActIn(String agencyCode, Role... roles) {
        return agenciesWhere(roles).contains(agencyCode);
    }

    /** Administrators see the account and audit pages. */
    public boolean admin() {
        return hasRole(Role.SYSTEM_ADMIN) || hasRole(Role.AGENCY_ADMIN);
    }

    /** Files and follows their own dossiers. */
    public boolean citizen() {
        return hasRole(Role.CITIZEN);
    }

    /** Works at a one-stop desk or processes dossiers. */
    public boolean officer() {
        return hasRole(Role.OFFICER) || hasRole(Role.LEADER);
    }

    public boolean systemAdmin() {
        return hasRole(Role.SYSTEM_ADMIN);
    }
}
