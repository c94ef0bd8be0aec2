package vn.tinhso.identity;

import java.util.List;

/** What it takes to open an account; the password is already hashed. */
record NewAccount(String username, String displayName, AccountKind kind, String passwordHash,
                  String identityNumber, String email, String phone, List<RoleGrant> grants) {
}
