package vn.tinhso.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Call it inside the transaction that changes state, so that the change and its entry
 * commit together or not at all, and call it last: appending takes the chain's lock until the commit.
 * <p>
 * Entries are chained: each carries the SHA-256 of the previous one. Appends take a transaction-scoped advisory
 * lock so the chain stays linear under concurrency; the lock is held until the caller's transaction ends.
 */
@Service
public class AuditLog {

    /** Actor name used when no one is signed in (start-up jobs, loaders). */
    public static final String SYSTEM = "system";

    private static final long CHAIN_LOCK = 0x7a75_6469_7401L;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action by whoever is signed in on this thread (or {@link #SYSTEM}). */
    @Transactional
    public AuditEntry record(String action, String subject, String details) {
        return record(currentActor(), action, subject, details);
    }

    /** Records an action by a named actor (e.g. a failed sign-in, where no one is signed in yet). */
    @Transactional
    public AuditEntry record(String actor, String action, String subject, String details) {
        Objects.requireNonNull(action, "action");
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
        var last = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, row) -> new Link(rs.getLong("seq"), rs.getString("hash")))
                .optional()
                .orElse(new Link(0, AuditEntry.GENESIS));
        long seq = last.seq() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String safeActor = actor == null || actor.isBlank() ? SYSTEM : actor;
        String safeSubject = subject == null ? "" : subject;
        String safeDetails = details == null ? "" : details;
        String hash = AuditEntry.hashOf(seq, at, safeActor, action, safeSubject, safeDetails, last.hash());
        jdbc.sql("""
                INSERT INTO audit_entry (seq, at, actor, action, subject, details, previous_hash, hash)
                VALUES (:seq, :at, :actor, :action, :subject, :details, :previousHash, :hash)
                """)
                .param("seq", seq).param("at", java.sql.Timestamp.from(at))
                .param("actor", safeActor).param("action", action).param("subject", safeSubject)
                .param("details", safeDetails).param("previousHash", last.hash()).param("hash", hash)
                .update();
        return new AuditEntry(seq, at, safeActor, action, safeSubject, safeDetails, last.hash(), hash);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private record Link(long seq, String hash) {
    }
}
