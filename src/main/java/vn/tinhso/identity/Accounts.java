package vn.tinhso.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored accounts and their role grants. */
@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM account WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(this::account)
                .optional();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id).query(this::account).optional();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM account)").query(Boolean.class).single();
    }

    /**
     * Opens an account, or answers empty when its username or identity number is already taken (then nothing
     * is written). No exception, so the caller's transaction stays usable for re-rendering the form.
     */
    @Transactional
    OptionalLong create(NewAccount account) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO account (username, display_name, kind, password_hash, identity_number, email, phone)
                VALUES (:username, :displayName, :kind, :passwordHash, :identityNumber, :email, :phone)
                ON CONFLICT DO NOTHING
                RETURNING id
                """)
                .param("username", account.username()).param("displayName", account.displayName())
                .param("kind", account.kind().name()).param("passwordHash", account.passwordHash())
                .param("identityNumber", account.identityNumber())
                .param("email", account.email()).param("phone", account.phone())
                .query(Long.class).optional();
        id.ifPresent(created -> account.grants().forEach(grant -> grant(created, grant)));
        return id.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    void grant(long accountId, RoleGrant grant) {
        jdbc.sql("INSERT INTO role_grant (account_id, role, agency_code) VALUES (:id, :role, :agency) ON CONFLICT DO NOTHING")
                .param("id", accountId).param("role", grant.role().name()).param("agency", grant.agencyCode())
                .update();
    }

    /**
     * Counts a failed sign-in and locks the account once the limit is reached; a lock still running is not
     * extended, and an expired lock starts the count again. Returns the new count (0 for unknown usernames).
     */
    int recordFailure(String username, int limit, Instant now, Instant lockUntil) {
        return jdbc.sql("""
                WITH counted AS (
                    SELECT id, locked_until,
                           CASE WHEN locked_until <= :now THEN 1 ELSE failed_attempts + 1 END AS failures
                    FROM account WHERE lower(username) = lower(:username) FOR UPDATE)
                UPDATE account a
                SET failed_attempts = c.failures,
                    locked_until = CASE WHEN c.locked_until > :now THEN c.locked_until
                                        WHEN c.failures >= :limit THEN :lockUntil END
                FROM counted c WHERE a.id = c.id
                RETURNING a.failed_attempts
                """)
                .param("username", username).param("limit", limit)
                .param("now", Timestamp.from(now)).param("lockUntil", Timestamp.from(lockUntil))
                .query(Integer.class).optional().orElse(0);
    }

    void clearFailures(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE lower(username) = lower(:username)")
                .param("username", username).update();
    }

    /** Officers holding a role in one of the agencies, or every account when {@code agencies} is null. */
    void unlock(long accountId) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = :id").param("id", accountId).update();
    }

    List<Account> visibleTo(Collection<String> agencies) {
        return jdbc.sql("""
                SELECT * FROM account a
                WHERE CAST(:all AS boolean)
                   OR EXISTS (SELECT 1 FROM role_grant g WHERE g.account_id = a.id AND g.agency_code IN (:agencies))
                ORDER BY a.kind DESC, a.username
                LIMIT 500
                """)
                .param("all", agencies == null)
                .param("agencies", agencies == null || agencies.isEmpty() ? List.of("-") : agencies)
                .query(this::account)
                .list();
    }

    private List<RoleGrant> grantsOf(long accountId) {
        return jdbc.sql("SELECT role, agency_code FROM role_grant WHERE account_id = :id ORDER BY role, agency_code")
                .param("id", accountId)
                .query((rs, row) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("agency_code")))
                .list();
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        long id = rs.getLong("id");
        return new Account(id, rs.getString("username"), rs.getString("display_name"),
                AccountKind.valueOf(rs.getString("kind")), rs.getString("password_hash"),
                rs.getString("identity_number"), rs.getString("email"), rs.getString("phone"),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant(), grantsOf(id));
    }
}
