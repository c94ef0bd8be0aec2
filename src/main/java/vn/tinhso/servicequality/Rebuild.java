package vn.tinhso.servicequality;

/**
 * The statements of a full recomputation ({@link Recomputation}). Each dossier's contribution counts on the days
 * {@link Contribution#counters()} says one by one: its reception, its result or closing, its due day (finished by
 * then or not), the day it finished after its due day, its rating.
 */
final class Rebuild {

    /**
     * The agencies' own day counters, from the contributions: one aggregate per kind of day a dossier counts on (its
     * reception, its result, its closing without one, its due day, the day it finished after that, its rating), each
     * summing only its own counters and able to run in parallel, then their sum per agency, field and day. Unpivoting
     * every dossier into six rows of eighteen counters and summing those took four times as long.
     */
    static final String LEAF = """
            CREATE TEMPORARY TABLE sq_leaf ON COMMIT DROP AS
            SELECT agency_code, field_code, day,
                   sum(received_online)::int AS received_online, sum(received_direct)::int AS received_direct,
                   sum(received_postal)::int AS received_postal, sum(resolved_early)::int AS resolved_early,
                   sum(resolved_on_time)::int AS resolved_on_time, sum(resolved_late)::int AS resolved_late,
                   sum(processing_minutes)::bigint AS processing_minutes, sum(closed)::int AS closed, sum(due)::int AS due,
                   sum(finished_by_due)::int AS finished_by_due, sum(finished_after_due)::int AS finished_after_due,
                   sum(electronic_results)::int AS electronic_results, sum(digitised)::int AS digitised,
                   sum(with_fee)::int AS with_fee, sum(paid_online)::int AS paid_online,
                   sum(very_satisfied)::int AS very_satisfied, sum(satisfied)::int AS satisfied,
                   sum(dissatisfied)::int AS dissatisfied
            FROM (
                SELECT agency_code, field_code, received_day AS day,
                       count(*) FILTER (WHERE channel = 2) AS received_online,
                       count(*) FILTER (WHERE channel = 1) AS received_direct,
                       count(*) FILTER (WHERE channel = 3) AS received_postal,
                       0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, 0 AS processing_minutes,
                       0 AS closed, 0 AS due, 0 AS finished_by_due, 0 AS finished_after_due, 0 AS electronic_results,
                       count(*) FILTER (WHERE digitised) AS digitised, count(*) FILTER (WHERE has_fee) AS with_fee,
                       count(*) FILTER (WHERE has_fee AND paid_online) AS paid_online,
                       0 AS very_satisfied, 0 AS satisfied, 0 AS dissatisfied
                FROM sq_dossier GROUP BY 1, 2, 3
                UNION ALL
                SELECT agency_code, field_code, resolved_day, 0, 0, 0, count(*) FILTER (WHERE outcome = 'E'),
                       count(*) FILTER (WHERE outcome = 'O'), count(*) FILTER (WHERE outcome = 'L'),
                       sum(processing_minutes), 0, 0, 0, 0, count(*) FILTER (WHERE electronic_result), 0, 0, 0, 0, 0, 0
                FROM sq_dossier WHERE resolved_day IS NOT NULL GROUP BY 1, 2, 3
                UNION ALL
                SELECT agency_code, field_code, due_day, 0, 0, 0, 0, 0, 0, 0, 0, count(*),
                       count(*) FILTER (WHERE coalesce(resolved_day, closed_day) <= due_day), 0, 0, 0, 0, 0, 0, 0, 0
                FROM sq_dossier WHERE due_day IS NOT NULL GROUP BY 1, 2, 3
                UNION ALL
                SELECT agency_code, field_code, coalesce(resolved_day, closed_day), 0, 0, 0, 0, 0, 0, 0,
                       count(*) FILTER (WHERE resolved_day IS NULL), 0, 0,
                       count(*) FILTER (WHERE coalesce(resolved_day, closed_day) > due_day), 0, 0, 0, 0, 0, 0, 0
                FROM sq_dossier
                WHERE (resolved_day IS NULL AND closed_day IS NOT NULL) OR coalesce(resolved_day, closed_day) > due_day
                GROUP BY 1, 2, 3
                UNION ALL
                SELECT agency_code, field_code, rated_day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                       count(*) FILTER (WHERE rating = 'V'), count(*) FILTER (WHERE rating = 'S'),
                       count(*) FILTER (WHERE rating = 'D')
                FROM sq_dossier WHERE rating IS NOT NULL GROUP BY 1, 2, 3
            ) parts
            GROUP BY 1, 2, 3
            """;

    /** Every unit's counters from the agencies' ones, for each field and for all (''). */
    static final String ROLL_UP = """
            INSERT INTO sq_day (unit_code, field_code, day, received_online, received_direct, received_postal, resolved_early, resolved_on_time, resolved_late, processing_minutes, closed, due, finished_by_due, finished_after_due, electronic_results, digitised, with_fee, paid_online, very_satisfied, satisfied, dissatisfied)
            SELECT c.unit_code, coalesce(l.field_code, ''), l.day, sum(l.received_online), sum(l.received_direct), sum(l.received_postal), sum(l.resolved_early), sum(l.resolved_on_time), sum(l.resolved_late), sum(l.processing_minutes), sum(l.closed), sum(l.due), sum(l.finished_by_due), sum(l.finished_after_due), sum(l.electronic_results), sum(l.digitised), sum(l.with_fee), sum(l.paid_online), sum(l.very_satisfied), sum(l.satisfied), sum(l.dissatisfied)
            FROM sq_leaf l JOIN sq_closure c ON c.agency_code = l.agency_code
            GROUP BY GROUPING SETS ((c.unit_code, l.field_code, l.day), (c.unit_code, l.day))
            """;

    /** The procedures with an online dossier, per agency and month first, then per unit. */
    static final String ONLINE_PROCEDURES = """
            INSERT INTO sq_online_procedure (unit_code, month, field_code, procedure_code, days)
            SELECT c.unit_code, a.month, a.field_code, a.procedure_code, bit_or(a.days)
            FROM (SELECT agency_code, date_trunc('month', received_day)::date AS month, field_code, procedure_code,
                         bit_or(1 << (extract(day FROM received_day)::int - 1)) AS days
                  FROM sq_dossier
                  WHERE channel = 2
                  GROUP BY 1, 2, 3, 4) a
            JOIN sq_closure c ON c.agency_code = a.agency_code
            GROUP BY 1, 2, 3, 4
            """;

    private Rebuild() {
    }
}
