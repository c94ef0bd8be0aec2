package vn.tinhso.servicequality;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.organization.WorkingCalendar;

/**
 * Writes dossiers at national scale for the service-quality benchmark, set-based, straight into the dossier
 * module's tables: a People's Committee and a one-stop desk for every commune of the province, twenty more
 * departments, then {@code count} dossiers over the 52 weeks before the week of {@code today}, Monday to Friday,
 * spread over those agencies and the catalogue's procedures — 89% online, 9% with a supplement request (1% with
 * two), ~7% late, 1% withdrawn or stopped, the latest still in progress (some waiting for papers), 90% electronic
 * results, a third rated, half of the paper dossiers scanned.
 * <p>
 * Dossier {@code i} goes to agency {@code i mod A} on working day {@code (i / A) mod 260} with the day's sequence
 * {@code i / (A × 260) + 1}: codes are unique without a counter.
 */
final class NationalScaleDossiers {

    static final String MARK = "bench";
    static final int WORKING_DAYS = 260;
    private static final int CHUNK = 1_000_000;

    private static final String AGENCIES = """
            INSERT INTO agency (code, name, kind, unit_id, parent_id, valid_from)
            SELECT lpad((600 + n)::text, 3, '0') || '.' || s.part || '.00.H26',
                   CASE s.part WHEN '00' THEN 'Ủy ban nhân dân ' ELSE 'Bộ phận Một cửa ' END || u.name,
                   CASE s.part WHEN '00' THEN 'PEOPLES_COMMITTEE' ELSE 'COMMUNE_SERVICE_POINT' END,
                   u.id, NULL, DATE '2025-07-01'
            FROM (SELECT c.*, row_number() OVER (ORDER BY c.code) AS n
                  FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
                  WHERE p.code = '31' AND c.level = 'COMMUNE' AND c.valid_to IS NULL
                    AND NOT EXISTS (SELECT 1 FROM agency a WHERE a.unit_id = c.id)) u
            CROSS JOIN (VALUES ('00'), ('01')) AS s (part);
            UPDATE agency d SET parent_id = pc.id
            FROM agency pc
            WHERE d.kind = 'COMMUNE_SERVICE_POINT' AND d.parent_id IS NULL AND pc.unit_id = d.unit_id
              AND pc.kind = 'PEOPLES_COMMITTEE' AND d.code LIKE '6%';
            INSERT INTO agency (code, name, kind, unit_id, parent_id, valid_from)
            SELECT '000.' || (60 + n) || '.00.H26', 'Sở đo hiệu năng số ' || n, 'DEPARTMENT', pc.unit_id, pc.id,
                   DATE '2025-07-01'
            FROM generate_series(1, 20) AS n, agency pc
            WHERE pc.code = '000.00.00.H26'
            """;

    /** The agencies that receive dossiers, numbered, and the procedures with their time limit in calendar days. */
    private static final String TARGETS = """
            CREATE TABLE bench_agency AS
            SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS n
            FROM agency
            WHERE kind IN ('DEPARTMENT', 'SERVICE_CENTRE', 'COMMUNE_SERVICE_POINT') AND valid_to IS NULL
              AND (code LIKE '%.H26');
            CREATE TABLE bench_procedure AS
            SELECT code, version,
                   CASE processing_unit WHEN 'WORKING_DAYS' THEN ceil(processing_amount * 7 / 5.0) * interval '1 day'
                        ELSE processing_amount * interval '1 hour' END AS span,
                   (row_number() OVER (ORDER BY code) - 1)::int AS n
            FROM procedure_in_force WHERE NOT abolished
            """;

    private static final String DOSSIERS = """
            WITH draw AS (
                SELECT i, a.code AS agency_code, p.code AS procedure_code, p.version, p.span,
                       CAST(:monday AS date) + ((i / :agencies) % 260 / 5 * 7 + (i / :agencies) % 5)::int AS day,
                       (i / (:agencies * 260) + 1)::int AS seq,
                       random() AS r_channel, random() AS r_time, random() AS r_supp, random() AS r_speed,
                       random() AS r_close
                FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) AS i
                JOIN bench_agency a ON a.n = i % :agencies
                JOIN bench_procedure p ON p.n = (hashint8(i) & 2147483647) % :procedures
            ), timed AS (
                SELECT d.*, ((d.day + time '07:30') AT TIME ZONE 'Asia/Ho_Chi_Minh')
                                + d.r_time * interval '9 hours' AS received_at,
                       CASE WHEN d.r_supp < 0.01 THEN 2 WHEN d.r_supp < 0.09 THEN 1 ELSE 0 END AS supplements,
                       CASE WHEN d.r_channel < 0.89 THEN 2 WHEN d.r_channel < 0.98 THEN 1 ELSE 3 END AS channel
                FROM draw d
            ), planned AS (
                SELECT t.*, t.received_at + t.span AS due_at,
                       t.received_at + t.span * (0.3 + 0.75 * t.r_speed) AS finish_at
                FROM timed t
            )
            INSERT INTO dossier (code, procedure_code, procedure_version, agency_code, channel, status, applicant_name,
                                 applicant_id_number, submitted_at, received_at, due_at, registered_by,
                                 supplement_count, paused_at, resolved_at, closed_at)
            SELECT p.agency_code || '-' || to_char(p.day, 'YYMMDD') || '-' || lpad(p.seq::text, 4, '0'),
                   p.procedure_code, p.version, p.agency_code, p.channel,
                   CASE WHEN p.r_close < 0.005 THEN 'WITHDRAWN' WHEN p.r_close < 0.01 THEN 'STOPPED'
                        WHEN p.finish_at > :now AND p.supplements > 0 AND p.r_close > 0.5 THEN 'SUPPLEMENT_REQUESTED'
                        WHEN p.finish_at > :now THEN 'IN_PROGRESS'
                        WHEN p.r_close > 0.95 THEN 'RESOLVED' ELSE 'RETURNED' END,
                   'Người dân ' || p.i, '030095' || lpad((p.i % 1000000)::text, 6, '0'),
                   p.received_at - CASE WHEN p.channel = 2 THEN interval '2 hours' ELSE interval '0' END,
                   p.received_at, p.due_at, :mark, p.supplements,
                   CASE WHEN p.r_close >= 0.01 AND p.finish_at > :now AND p.supplements > 0 AND p.r_close > 0.5
                        THEN p.received_at + interval '1 day' END,
                   CASE WHEN p.r_close >= 0.01 AND p.finish_at <= :now THEN p.finish_at END,
                   CASE WHEN p.r_close < 0.01 THEN least(p.received_at + interval '2 days', :now) END
            FROM planned p
            """;

    private static final String RESULTS = """
            INSERT INTO dossier_result (dossier_id, file_name, sha256, size_bytes, signed_at, approved_by, agency_code,
                                        electronic)
            SELECT id, 'ket-qua.pdf', repeat('0', 64), 120000, resolved_at, :mark, agency_code, random() < 0.9
            FROM dossier WHERE id BETWEEN :from AND :to AND resolved_at IS NOT NULL
            """;

    private static final String RATINGS = """
            INSERT INTO dossier_rating (dossier_id, level, rated_at, account_id)
            SELECT id, CASE WHEN r < 0.6 THEN 'VERY_SATISFIED' WHEN r < 0.95 THEN 'SATISFIED' ELSE 'DISSATISFIED' END,
                   least(resolved_at + interval '1 day', :now), 0
            FROM (SELECT id, resolved_at, random() AS r, random() AS rated
                  FROM dossier WHERE id BETWEEN :from AND :to AND resolved_at IS NOT NULL) d
            WHERE rated < 0.33
            """;

    private static final String DOCUMENTS = """
            INSERT INTO dossier_document (dossier_id, position, name, file_name, media_type, size_bytes, sha256)
            SELECT id, 1, 'Tờ khai', 'to-khai.pdf', 'application/pdf', 80000, repeat('0', 64)
            FROM dossier WHERE id BETWEEN :from AND :to AND channel <> 2 AND random() < 0.5
            """;

    private final JdbcClient jdbc;
    private final Consumer<String> progress;

    NationalScaleDossiers(JdbcClient jdbc, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** How many generated dossiers there are. */
    long count() {
        return jdbc.sql("SELECT count(*) FROM dossier WHERE registered_by = :mark").param("mark", MARK)
                .query(Long.class).single();
    }

    /** Writes the agencies (once) and the dossiers up to {@code count}, a million per transaction. */
    void write(long count, LocalDate today) {
        long written = count();
        if (written >= count) {
            return;
        }
        if (written == 0) {
            for (String statement : AGENCIES.split(";\n")) {
                jdbc.sql(statement).update();
            }
            for (String statement : TARGETS.split(";\n")) {
                jdbc.sql(statement).update();
            }
        }
        int agencies = jdbc.sql("SELECT count(*) FROM bench_agency").query(Integer.class).single();
        int procedures = jdbc.sql("SELECT count(*) FROM bench_procedure").query(Integer.class).single();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(52);
        Instant now = today.atStartOfDay(WorkingCalendar.ZONE).toInstant();
        for (long first = written; first < count; first += CHUNK) {
            long last = Math.min(count, first + CHUNK) - 1;
            long from = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM dossier").query(Long.class).single();
            jdbc.sql(DOSSIERS).param("first", first).param("last", last).param("agencies", agencies)
                    .param("procedures", procedures).param("monday", monday).param("now", Timestamp.from(now))
                    .param("mark", MARK).update();
            long to = jdbc.sql("SELECT max(id) FROM dossier").query(Long.class).single();
            for (String statement : new String[] {RESULTS, RATINGS, DOCUMENTS}) {
                var spec = jdbc.sql(statement).param("from", from).param("to", to);
                spec = statement.contains(":mark") ? spec.param("mark", MARK) : spec;
                spec = statement.contains(":now") ? spec.param("now", Timestamp.from(now)) : spec;
                spec.update();
            }
            progress.accept("generated %,d of %,d dossiers (%d agencies, %d procedures)"
                    .formatted(last + 1, count, agencies, procedures));
        }
        jdbc.sql("VACUUM ANALYZE dossier").update();
        jdbc.sql("VACUUM ANALYZE dossier_result").update();
        jdbc.sql("VACUUM ANALYZE dossier_rating").update();
        jdbc.sql("VACUUM ANALYZE dossier_document").update();
    }
}
