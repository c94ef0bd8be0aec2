package vn.tinhso.dossier;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What each timed step costs in SQL, for the README's findings: asked for with {@code -Dbench.statements=true}
 * ({@code BENCH_STATEMENTS=1 bench/workflow/run.sh}). pg_stat_statements must be loaded when the server starts, so
 * then the platform runs on a server started here with the platform's own settings (durable commits) plus
 * pg_stat_statements, as an external database. Figures from such a run are for reading, not for the ratio.
 */
final class Statements {

    static final boolean COUNTED = Boolean.getBoolean("bench.statements");

    private static EmbeddedPostgres server;

    private final JdbcClient jdbc;
    private long nextTransactionBefore;

    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The server for a counting run; closed by its own shutdown hook after the context. */
    static void startServer(DynamicPropertyRegistry registry) throws IOException {
        server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }

    void reset() {
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
        jdbc.sql("SELECT pg_stat_statements_reset()").query().singleRow();
        nextTransactionBefore = nextTransactionId();
    }

    /**
     * Statements and writing transactions per completed step since {@link #reset()}, the most frequent statements first; those
     * marked {@code >} run inside another (foreign-key checks), the others each cost a round trip, except the
     * {@code BEGIN} the driver sends along with the first statement of a transaction.
     */
    String perStep(String engine, int steps) {
        double writing = (nextTransactionId() - nextTransactionBefore) / (double) steps;
        var lines = new ArrayList<String>();
        List<Row> rows = jdbc.sql("""
                SELECT toplevel, calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') AS query
                FROM pg_stat_statements
                WHERE query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%pg_current_snapshot%'
                ORDER BY calls DESC, total_exec_time DESC
                """).query(Row.class).list();
        long sent = rows.stream().filter(Row::toplevel).mapToLong(Row::calls).sum();
        long nested = rows.stream().filter(row -> !row.toplevel()).mapToLong(Row::calls).sum();
        double millis = rows.stream().filter(Row::toplevel).mapToDouble(Row::totalExecTime).sum();
        lines.add(("%s: per step %.1f statements sent, %.1f run inside them (foreign-key checks), %.2f writing transactions;"
                + " %.2f ms of execution in PostgreSQL").formatted(engine, sent / (double) steps,
                nested / (double) steps, writing, millis / steps));
        rows.stream().limit(25).forEach(row -> lines.add("  %5.2f/step %6.3f ms %s %s".formatted(
                row.calls() / (double) steps, row.totalExecTime() / Math.max(1, row.calls()),
                row.toplevel() ? " " : ">", abbreviated(row.query()))));
        return String.join("\n", lines);
    }

    /**
     * The next transaction id PostgreSQL will hand out, without taking one: only transactions that write get an
     * id, so the difference counts writing transactions exactly (commit counters are published with a delay).
     */
    private long nextTransactionId() {
        return jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    private static String abbreviated(String query) {
        return query.length() <= 150 ? query : query.substring(0, 147) + "...";
    }

    record Row(boolean toplevel, long calls, double totalExecTime, String query) {
    }
}
