package vn.tinhso.procedure.search;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.ProcedurePublished;

/**
 * Keeps {@code procedure_search} equal to the procedures offered today. A publication rewrites its procedure's
 * row before its transaction commits, so a search never sees a version the catalogue has not committed, nor
 * misses one it has. A version taking effect on a later day needs no event: the rows are rebuilt when the day
 * changes, and at start-up when they differ from the catalogue.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final long LOCK = 0x7365617263680001L; // serialises rebuilds with publications

    private static final String ROWS = """
            INSERT INTO procedure_search (code, version, name, field_code, field_name, level, online_level,
                agency_codes, processing_amount, processing_unit, total_fees, on_national_portal,
                name_folded, keywords, document, words)
            SELECT v.code, v.version, v.name, v.field_code, f.name, v.level, v.online_level, v.agency_codes,
                   v.processing_amount, v.processing_unit, v.total_fees, v.on_national_portal,
                   n.name_folded, k.keywords,
                   concat_ws(' ', n.name_folded, k.keywords),
                   setweight(to_tsvector('simple', n.name_folded), 'A')
                       || setweight(to_tsvector('simple', k.keywords), 'B')
                       || setweight(to_tsvector('simple', search_fold(f.name)), 'C')
                       || setweight(to_tsvector('simple', search_fold(v.legal_basis)), 'D')
            FROM procedure_in_force v
            JOIN procedure_field f ON f.code = v.field_code
            CROSS JOIN LATERAL (SELECT search_fold(v.name) AS name_folded) n
            CROSS JOIN LATERAL (
                SELECT coalesce(string_agg(DISTINCT search_fold(t.phrase), ' '), '') AS keywords
                FROM procedure_search_term t
                WHERE t.meaning <> ''
                  AND to_tsvector('simple', n.name_folded) @@ plainto_tsquery('simple', search_fold(t.meaning))) k
            WHERE NOT v.abolished
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Vocabulary vocabulary;
    private volatile LocalDate builtOn;

    SearchIndex(JdbcClient jdbc, PlatformTransactionManager transactions, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Same transaction as the publication: the search is never behind the catalogue. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ProcedurePublished published) {
        lock();
        String code = published.code().value();
        jdbc.sql("DELETE FROM procedure_search WHERE code = :code").param("code", code).update();
        jdbc.sql(ROWS + " AND v.code = :code").param("code", code).update();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        ensureCurrent();
    }

    /** Cheap when nothing changed: a date comparison. Called before every search. */
    void ensureCurrent() {
        if (!today().equals(builtOn)) {
            rebuildIfStale();
        }
    }

    /** Rebuilds the rows when {@link #stale()}; in its own transaction, after publications in progress. */
    synchronized void rebuildIfStale() {
        LocalDate today = today();
        transaction.executeWithoutResult(status -> {
            lock();
            if (stale()) {
                rebuild(today);
            }
        });
        builtOn = today;
        vocabulary.forget();
    }

    private void rebuild(LocalDate today) {
        long started = System.nanoTime();
        jdbc.sql("DELETE FROM procedure_search").update();
        int rows = jdbc.sql(ROWS).update();
        jdbc.sql("""
                INSERT INTO procedure_search_state (singleton, built_on) VALUES (true, :today)
                ON CONFLICT (singleton) DO UPDATE SET built_on = excluded.built_on
                """).param("today", today).update();
        log.info("Procedure search rebuilt: {} procedures in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
    }

    /** Built on another day, or not the same (code, version) pairs as the procedures offered today. */
    boolean stale() {
        return jdbc.sql("""
                SELECT (SELECT built_on FROM procedure_search_state) IS DISTINCT FROM :today
                    OR EXISTS (SELECT code, version FROM procedure_in_force WHERE NOT abolished
                               EXCEPT SELECT code, version FROM procedure_search)
                    OR EXISTS (SELECT code, version FROM procedure_search
                               EXCEPT SELECT code, version FROM procedure_in_force WHERE NOT abolished)
                """).param("today", today()).query(Boolean.class).single();
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }
}
