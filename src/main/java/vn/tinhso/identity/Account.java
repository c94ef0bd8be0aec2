package vn.tinhso.identity;

import java.time.Instant;
import java.util.List;

/** An account as stored; the password hash never leaves this module. */
record Account(long id, String username, String displayName, AccountKind kind, String passwordHash,
               String identityNumber, String email, String phone, boolean enabled, int failedAttempts,
               Instant lockedUntil, List<RoleGrant> grants) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, displayName, kind, identityNumber, grants);
    }
}
