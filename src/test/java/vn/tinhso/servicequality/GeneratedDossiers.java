package vn.tinhso.servicequality;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes many dossiers straight into the dossier module's tables, set-based, as if they had been filed and handled
 * over the past months: every channel, results early, on time and late, one or two supplement requests, stopped
 * clocks, extension letters, withdrawals and stops, electronic results, scanned papers, ratings, and dossiers still
 * open. For the test that compares the live counters with a recomputation, and for the benchmark (millions).
 * <p>
 * The agencies and procedures to use are given as lists; dossier {@code n} goes to a random agency and to one of ten
 * procedures of that agency, so that an agency works in a few fields. Run inside one transaction: the random
 * numbers are seeded.
 */
final class GeneratedDossiers {

    /** {@code registered_by} of every generated dossier. */
    static final String MARK = "generator";

    private GeneratedDossiers() {
    }

    /**
     * @param agencies agency codes to file with
     * @param procedures procedure codes (version 1) to file under
     * @param first number of the first dossier (codes are unique by number)
     * @param count how many
     * @param start the earliest submission
     * @param now nothing happens after this moment
     */
    static void write(JdbcClient jdbc, List<String> agencies, List<String> procedures, long first, long count,
                      Instant start, Instant now, double seed) {
        jdbc.sql("SELECT setseed(:seed)").param("seed", seed).query().singleRow();
        jdbc.sql("DROP TABLE IF EXISTS gen_agency, gen_procedure").update();
        jdbc.sql("CREATE TEMPORARY TABLE gen_agency AS SELECT i - 1 AS i, code FROM unnest(string_to_array(:codes, ',')) "
                + "WITH ORDINALITY AS t(code, i)").param("codes", String.join(",", agencies)).update();
        jdbc.sql("""
                CREATE TEMPORARY TABLE gen_procedure AS
                SELECT t.i - 1 AS i, t.code, pv.processing_amount AS days
                FROM unnest(string_to_array(:codes, ',')) WITH ORDINALITY AS t(code, i)
                JOIN procedure_version pv ON pv.code = t.code AND pv.version = 1
                """).param("codes", String.join(",", procedures)).update();
        long after = jdbc.sql("SELECT coalesce(max(id), 0) FROM dossier").query(Long.class).single();
        jdbc.sql(DOSSIERS).param("first", first).param("count", count).param("start", java.sql.Timestamp.from(start))
                .param("now", java.sql.Timestamp.from(now)).param("agencies", agencies.size())
                .param("procedures", procedures.size()).update();
        jdbc.sql(RESULTS).param("after", after).update();
        jdbc.sql(DOCUMENTS).param("after", after).update();
        jdbc.sql(LETTERS).param("after", after).update();
        jdbc.sql(RATINGS).param("after", after).param("now", java.sql.Timestamp.from(now))
                .update();
    }

    private static final String DOSSIERS = """
            INSERT INTO dossier (code, procedure_code, procedure_version, agency_code, channel, status, applicant_name,
                applicant_id_number, submitted_at, received_at, due_at, original_due_at, registered_by,
                handling_agency, supplement_count, paused_at, paused_status, extension_count, resolved_at,
                returned_at, closed_at, return_method)
            SELECT a.code || '-' || lpad(((x.n / 10000) % 1000000)::text, 6, '0') || '-' || lpad((x.n % 10000)::text, 4, '0'),
                   p.code, 1, a.code, x.channel,
                   CASE WHEN x.received IS NULL THEN 'SUBMITTED'
                        WHEN x.resolved <= :now THEN CASE WHEN x.fate2 < 0.8 THEN 'RETURNED' ELSE 'RESOLVED' END
                        WHEN x.closed <= :now THEN CASE WHEN x.fate2 < 0.7 THEN 'WITHDRAWN' ELSE 'STOPPED' END
                        WHEN x.paused <= :now THEN 'SUPPLEMENT_REQUESTED'
                        ELSE 'IN_PROGRESS' END,
                   'Người nộp thử', '030095001234', x.submitted, x.received,
                   CASE WHEN x.received IS NOT NULL
                        THEN x.due + CASE WHEN x.extended THEN interval '5 days' ELSE interval '0' END END,
                   CASE WHEN x.received IS NOT NULL THEN x.due END, 'generator',
                   a.code,
                   CASE WHEN x.received IS NULL THEN 0 WHEN x.paused <= :now AND x.resolved > :now
                        AND x.closed > :now THEN greatest(x.supplements, 1) ELSE x.supplements END,
                   CASE WHEN x.received IS NOT NULL AND x.resolved > :now AND x.closed > :now AND x.paused <= :now
                        THEN x.paused END,
                   CASE WHEN x.received IS NOT NULL AND x.resolved > :now AND x.closed > :now AND x.paused <= :now
                        THEN 'IN_PROGRESS' END,
                   CASE WHEN x.extended THEN 1 ELSE 0 END,
                   CASE WHEN x.resolved <= :now THEN x.resolved END,
                   CASE WHEN x.resolved <= :now AND x.fate2 < 0.8 THEN x.resolved + interval '1 hour' END,
                   CASE WHEN x.resolved <= :now AND x.fate2 < 0.8 THEN x.resolved + interval '1 hour'
                        WHEN x.resolved > :now AND x.closed <= :now THEN x.closed END,
                   CASE WHEN x.resolved <= :now AND x.fate2 < 0.8 THEN 'DESK' END
            FROM (
                SELECT y.*,
                       CASE WHEN y.received IS NOT NULL AND y.fate < 0.72
                            THEN y.received + (0.1 + y.speed * 1.3) * (y.due - y.received) ELSE 'infinity' END AS resolved,
                       CASE WHEN y.received IS NOT NULL AND y.fate >= 0.72 AND y.fate < 0.80
                            THEN y.received + y.speed * 1.2 * (y.due - y.received) ELSE 'infinity' END AS closed,
                       CASE WHEN y.received IS NOT NULL AND y.fate >= 0.80 AND y.fate2 < 0.2
                            THEN y.received + y.speed * (y.due - y.received) ELSE 'infinity' END AS paused,
                       y.received IS NOT NULL AND y.fate < 0.72 AND y.speed > 0.7 AND y.fate2 > 0.7 AS extended
                FROM (
                    SELECT z.*,
                           CASE WHEN z.channel = 2 AND z.r1 < 0.03 THEN NULL
                                WHEN z.channel = 2 THEN least(z.submitted + z.r1 * interval '20 hours', :now)
                                ELSE z.submitted END AS received,
                           z.submitted + z.r1 * interval '20 hours' + z.days * interval '1 day' * 1.4 AS due
                    FROM (
                        SELECT n, w.*, g.days,
                               CAST(:start AS timestamptz) + w.r0 * (CAST(:now AS timestamptz) - CAST(:start AS timestamptz)) AS submitted,
                               CASE WHEN w.r2 < 0.6 THEN 2 WHEN w.r2 < 0.95 THEN 1 ELSE 3 END AS channel,
                               CASE WHEN w.r3 < 0.08 THEN 1 WHEN w.r3 < 0.11 THEN 2 ELSE 0 END AS supplements,
                               g.code AS procedure_code
                        FROM generate_series(:first, :first + :count - 1) AS n
                        CROSS JOIN LATERAL (SELECT random() AS r0, random() AS r1, random() AS r2, random() AS r3,
                                                   random() AS fate, random() AS fate2, random() AS speed,
                                                   floor(random() * :agencies)::int AS ai,
                                                   floor(random() * 10)::int AS pk
                                            WHERE n IS NOT NULL) w
                        JOIN gen_procedure g ON g.i = (w.ai * 7 + w.pk) % :procedures
                    ) z
                ) y
            ) x
            JOIN gen_agency a ON a.i = x.ai
            JOIN gen_procedure p ON p.code = x.procedure_code
            """;

    private static final String NUMBERED = "d.id > :after";

    private static final String RESULTS = """
            INSERT INTO dossier_result (dossier_id, file_name, sha256, size_bytes, signed_at, approved_by, agency_code,
                electronic)
            SELECT d.id, 'ket-qua.pdf', repeat('0', 64), 1000, d.resolved_at, 'generator', d.agency_code,
                   random() < 0.8
            FROM dossier d
            WHERE d.resolved_at IS NOT NULL AND
            """ + NUMBERED;

    private static final String DOCUMENTS = """
            INSERT INTO dossier_document (dossier_id, position, name, file_name, media_type, size_bytes, sha256)
            SELECT d.id, 0, 'Tờ khai', 'to-khai.pdf', 'application/pdf', 1000, repeat('0', 64)
            FROM dossier d
            WHERE d.channel <> 2 AND random() < 0.5 AND
            """ + NUMBERED;

    private static final String LETTERS = """
            INSERT INTO dossier_letter (dossier_id, form, reason, old_due_at, new_due_at, issued_at, issued_by,
                signer_name)
            SELECT d.id, '04', 'Chờ xác minh', d.original_due_at, d.due_at, d.original_due_at - interval '1 day',
                   'generator', 'Lãnh đạo'
            FROM dossier d
            WHERE d.extension_count > 0 AND
            """ + NUMBERED;

    private static final String RATINGS = """
            INSERT INTO dossier_rating (dossier_id, level, rated_at, account_id)
            SELECT d.id, (ARRAY['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED'])[1 + floor(random() * 3)::int],
                   least(d.resolved_at + interval '1 day', :now), 0
            FROM dossier d
            WHERE d.resolved_at IS NOT NULL AND random() < 0.3 AND d.resolved_at + interval '1 hour' < :now AND
            """ + NUMBERED;
}
