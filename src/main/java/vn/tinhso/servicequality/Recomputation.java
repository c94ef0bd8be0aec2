package vn.tinhso.servicequality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.platform.Refusal;

/**
 * Rebuilds every unit's counters from the dossiers, set-based: one scan of the read model into the per-dossier
 * contributions, one GROUP BY of those into the agencies' day counters, then the roll-up over the agency tree from
 * that small aggregate (never from the dossiers again). Live updates wait while it runs and find nothing left to do
 * after it. Its progress is recorded in {@code sq_recomputation} for the page, and logged.
 * <p>
 * A recomputation covers every period: a dossier received in one year and resolved in the next counts in both.
 */
@Service
public class Recomputation {

    private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final TransactionTemplate progress;
    private final TaskExecutor executor;
    private final UnitTree tree;
    private final ServiceQualityProperties properties;

    Recomputation(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction,
                  @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                  UnitTree tree, ServiceQualityProperties properties) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.progress = new TransactionTemplate(transaction.getTransactionManager());
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.tree = tree;
        this.properties = properties;
    }

    /**
     * Starts a recomputation in the background.
     *
     * @return its number
     * @throws Refusal 409 {@code servicequality.recomputation.running} while another one runs
     */
    public long start(String actor) {
        long id = transaction.execute(status -> {
            jdbc.sql("LOCK TABLE sq_recomputation IN EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM sq_recomputation WHERE status = 'RUNNING')")
                    .query(Boolean.class).single()) {
                throw new Refusal(HttpStatus.CONFLICT, "servicequality.recomputation.running");
            }
            return jdbc.sql("INSERT INTO sq_recomputation (started_by, status) VALUES (:actor, 'RUNNING') RETURNING id")
                    .param("actor", actor).query(Long.class).single();
        });
        executor.execute(() -> run(id));
        return id;
    }

    /** Recomputes now, in the caller's thread (benchmarks, tests); returns its number. */
    public long runNow(String actor) {
        long id = jdbc.sql("INSERT INTO sq_recomputation (started_by, status) VALUES (:actor, 'RUNNING') RETURNING id")
                .param("actor", actor).query(Long.class).single();
        run(id);
        return id;
    }

    /** The latest recomputation, if any. */
    public Optional<RecomputationStatus> latest() {
        return jdbc.sql("""
                        SELECT id, started_at, started_by, status, stage, dossiers, rows, finished_at, error
                        FROM sq_recomputation ORDER BY id DESC LIMIT 1
                        """)
                .query(RecomputationStatus.class).optional();
    }

    /** A platform that has dossiers but never computed its figures (e.g. upgraded) computes them once. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        jdbc.sql("""
                UPDATE sq_recomputation SET status = 'FAILED', error = 'interrupted', finished_at = now()
                WHERE status = 'RUNNING'
                """).update();
        boolean never = jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM sq_recomputation WHERE status = 'DONE')
                   AND EXISTS (SELECT 1 FROM dossier WHERE received_at IS NOT NULL)
                """).query(Boolean.class).single();
        if (never) {
            start("system");
        }
    }

    private void run(long id) {
        long started = System.nanoTime();
        try {
            tree.refresh();
            long[] counts = transaction.execute(status -> rebuild(id));
            jdbc.sql("""
                    UPDATE sq_recomputation SET status = 'DONE', stage = 'done', dossiers = :dossiers, rows = :rows,
                        finished_at = now()
                    WHERE id = :id
                    """).param("dossiers", counts[0]).param("rows", counts[1]).param("id", id).update();
            log.info("Service-quality figures recomputed: {} dossiers, {} day rows in {} ms", counts[0], counts[1],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException failure) {
            log.error("Service-quality recomputation {} failed", id, failure);
            jdbc.sql("UPDATE sq_recomputation SET status = 'FAILED', error = :error, finished_at = now() WHERE id = :id")
                    .param("error", String.valueOf(failure.getMessage())).param("id", id).update();
            throw failure;
        }
    }

    private long[] rebuild(long id) {
        jdbc.sql(LiveFigures.RECOMPUTATION_LOCK.formatted("")).query().singleRow();
        // hashed joins and aggregates of millions of rows in memory rather than sorted on disk; this transaction only
        String memory = properties.recomputationMemory().toKilobytes() + "kB";
        jdbc.sql("SELECT set_config('work_mem', :memory, true), set_config('maintenance_work_mem', :memory, true)")
                .param("memory", memory).query().singleRow();
        stage(id, "contributions");
        jdbc.sql("TRUNCATE sq_day, sq_online_procedure, sq_dossier").update();
        long dossiers = bulkLoad("sq_dossier", "INSERT INTO sq_dossier (%1$s) SELECT %1$s FROM sq_measure"
                .formatted(Contributions.COLUMNS));
        jdbc.sql("ANALYZE sq_dossier").update();
        stage(id, "agencies");
        jdbc.sql(Rebuild.LEAF).update();
        closure();
        stage(id, "units");
        long rows = bulkLoad("sq_day", Rebuild.ROLL_UP);
        jdbc.sql(Rebuild.ONLINE_PROCEDURES).update();
        jdbc.sql("DROP TABLE sq_leaf, sq_closure").update();
        return new long[] {dossiers, rows};
    }

    /**
     * Fills an emptied table with its primary key and indexes set aside and built again afterwards, as the migrations
     * defined them (read back from the catalogue): one sort per index
     * instead of millions of insertions into each. In the recomputation's transaction, which holds the table
     * exclusively since it emptied it: nobody sees it without them.
     */
    private long bulkLoad(String table, String insert) {
        String key = jdbc.sql("""
                        SELECT pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conrelid = CAST(:table AS regclass) AND contype = 'p'
                        """)
                .param("table", table).query(String.class).single();
        List<String[]> indexes = jdbc.sql("""
                        SELECT indexname, indexdef FROM pg_indexes
                        WHERE schemaname = current_schema() AND tablename = :table AND indexname <> :table || '_pkey'
                        """)
                .param("table", table).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        indexes.forEach(index -> jdbc.sql("DROP INDEX " + index[0]).update());
        jdbc.sql("ALTER TABLE %1$s DROP CONSTRAINT %1$s_pkey".formatted(table)).update();
        long rows = jdbc.sql(insert).update();
        jdbc.sql("ALTER TABLE %1$s ADD CONSTRAINT %1$s_pkey %2$s".formatted(table, key)).update();
        indexes.forEach(index -> jdbc.sql(index[1]).update());
        return rows;
    }

    /** Every agency with every unit it counts for (itself and those above), as a temporary table. */
    private void closure() {
        jdbc.sql("CREATE TEMPORARY TABLE sq_closure (agency_code text NOT NULL, unit_code text NOT NULL) ON COMMIT DROP")
                .update();
        var rows = new ArrayList<Object[]>();
        for (String agency : tree.all()) {
            tree.upwards(agency).forEach(unit -> rows.add(new Object[] {agency, unit}));
        }
        batch.batchUpdate("INSERT INTO sq_closure (agency_code, unit_code) VALUES (?, ?)", rows);
        jdbc.sql("""
                INSERT INTO sq_closure (agency_code, unit_code)
                SELECT DISTINCT agency_code, agency_code FROM sq_leaf
                WHERE agency_code NOT IN (SELECT agency_code FROM sq_closure)
                """).update();
        jdbc.sql("ANALYZE sq_closure").update();
    }

    /** Records how far the recomputation got, outside its transaction so that the page sees it. */
    private void stage(long id, String stage) {
        log.info("Service-quality recomputation {}: {}", id, stage);
        progress.executeWithoutResult(status -> jdbc.sql("UPDATE sq_recomputation SET stage = :stage WHERE id = :id")
                .param("stage", stage).param("id", id).update());
    }
}
