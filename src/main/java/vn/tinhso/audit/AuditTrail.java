package vn.tinhso.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log: searching it, and walking the whole chain to check that nothing was changed. */
@Component
class AuditTrail {

    static final int PAGE_SIZE = 50;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> search(AuditQuery query, int page) {
        return jdbc.sql("""
                SELECT * FROM audit_entry
                WHERE (:actor = '' OR actor = :actor)
                  AND (:action = '' OR action LIKE :action || '%')
                  AND (:subject = '' OR subject ILIKE '%' || :subject || '%')
                  AND (CAST(:fromAt AS timestamptz) IS NULL OR at >= :fromAt)
                  AND (CAST(:toAt AS timestamptz) IS NULL OR at < :toAt)
                ORDER BY seq DESC
                LIMIT :limit OFFSET :offset
                """)
                .param("actor", query.actorOrEmpty()).param("action", query.actionOrEmpty())
                .param("subject", query.subjectOrEmpty())
                .param("fromAt", startOf(query.from())).param("toAt", startOf(query.to() == null ? null : query.to().plusDays(1)))
                .param("limit", PAGE_SIZE + 1).param("offset", Math.max(page, 0) * PAGE_SIZE)
                .query(AuditTrail::entry)
                .list();
    }

    /** Walks the chain from the first entry and reports the first one that does not fit. */
    @Transactional(readOnly = true)
    ChainVerification verify() {
        long checked = 0;
        String previousHash = AuditEntry.GENESIS;
        try (Stream<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry ORDER BY seq")
                .withFetchSize(1_000).query(AuditTrail::entry).stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                Optional<String> fault = faultOf(entry, checked + 1, previousHash);
                if (fault.isPresent()) {
                    return new ChainVerification(checked, entry.seq(), fault.get());
                }
                previousHash = entry.hash();
                checked++;
            }
        }
        return new ChainVerification(checked, null, null);
    }

    private static Optional<String> faultOf(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq() != expectedSeq) {
            return Optional.of("audit.verify.gap");
        }
        if (!entry.previousHash().equals(previousHash)) {
            return Optional.of("audit.verify.link");
        }
        if (!entry.hash().equals(entry.expectedHash())) {
            return Optional.of("audit.verify.content");
        }
        return Optional.empty();
    }

    private static Timestamp startOf(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(VIETNAM).toInstant());
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    /**
     * Result of walking the chain.
     *
     * @param checked entries found intact before the first fault
     * @param firstBrokenSeq the first entry that does not fit, or null if the chain is intact
     * @param reason message key saying what is wrong with it
     */
    record ChainVerification(long checked, Long firstBrokenSeq, String reason) {

        boolean intact() {
            return firstBrokenSeq == null;
        }
    }
}
