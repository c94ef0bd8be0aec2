package vn.tinhso.servicequality;

/**
 * The statements of a full recomputation ({@link Recomputation}). Each dossier's contribution is unpivoted into
 * the days it counts on, exactly as {@link Contribution#counters()} does one by one: its reception, its result or
 * closing, its due day (finished by then or not), the day it finished after its due day, its rating.
 */
final class Rebuild {

    /** The agencies' own day counters, from the contributions: the one GROUP BY over the dossiers. */
    static final String LEAF = """
            CREATE TEMPORARY TABLE sq_leaf ON COMMIT DROP AS
            SELECT d.agency_code, d.field_code, v.day,
               sum(v.received_online)::int AS received_online,
               sum(v.received_direct)::int AS received_direct,
               sum(v.received_postal)::int AS received_postal,
               sum(v.resolved_early)::int AS resolved_early,
               sum(v.resolved_on_time)::int AS resolved_on_time,
               sum(v.resolved_late)::int AS resolved_late,
               sum(v.processing_minutes) AS processing_minutes,
               sum(v.closed)::int AS closed,
               sum(v.due)::int AS due,
               sum(v.finished_by_due)::int AS finished_by_due,
               sum(v.finished_after_due)::int AS finished_after_due,
               sum(v.electronic_results)::int AS electronic_results,
               sum(v.digitised)::int AS digitised,
               sum(v.with_fee)::int AS with_fee,
               sum(v.paid_online)::int AS paid_online,
               sum(v.very_satisfied)::int AS very_satisfied,
               sum(v.satisfied)::int AS satisfied,
               sum(v.dissatisfied)::int AS dissatisfied
            FROM sq_dossier d
            CROSS JOIN LATERAL (VALUES
                    (d.received_day, (d.channel = 2)::int, (d.channel = 1)::int, (d.channel = 3)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, d.digitised::int, d.has_fee::int, (d.has_fee AND d.paid_online)::int, 0, 0, 0),
                    (d.resolved_day, 0, 0, 0, (d.outcome = 'E')::int, (d.outcome = 'O')::int, (d.outcome = 'L')::int, d.processing_minutes, 0, 0, 0, 0, d.electronic_result::int, 0, 0, 0, 0, 0, 0),
                    (CASE WHEN d.resolved_day IS NULL THEN d.closed_day END, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                    (d.due_day, 0, 0, 0, 0, 0, 0, 0, 0, 1, coalesce(coalesce(d.resolved_day, d.closed_day) <= d.due_day, false)::int, 0, 0, 0, 0, 0, 0, 0, 0),
                    (CASE WHEN coalesce(d.resolved_day, d.closed_day) > d.due_day THEN coalesce(d.resolved_day, d.closed_day) END, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0),
                    (CASE WHEN d.rating IS NOT NULL THEN d.rated_day END, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (d.rating = 'V')::int, (d.rating = 'S')::int, (d.rating = 'D')::int)
                ) AS v(day, received_online, received_direct, received_postal, resolved_early, resolved_on_time, resolved_late, processing_minutes, closed, due, finished_by_due, finished_after_due, electronic_results, digitised, with_fee, paid_online, very_satisfied, satisfied, dissatisfied)
            WHERE v.day IS NOT NULL
            GROUP BY d.agency_code, d.field_code, v.day
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
