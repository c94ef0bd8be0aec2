package vn.tinhso.servicequality;

import java.time.Duration;
import java.util.Collection;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests: the figures counted from the dossiers one by one ({@code sq_measure}), which the counters must always
 * equal, and waiting for the live updates (the listeners run after commit, on their own threads).
 */
final class DossierCounts {

    private DossierCounts() {
    }

    /** Waits until every dossier event has reached the service-quality listeners. */
    static void settle(JdbcClient jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE completion_date IS NULL AND listener_id LIKE '%servicequality%'
                """).query(Long.class).single() == 0);
    }

    /** The figures counted from the dossiers one by one, catalogue counts left at zero. */
    static Figures count(JdbcClient jdbc, Collection<String> agencies, String field, Period period) {
        return jdbc.sql("""
                        SELECT
                          count(*) FILTER (WHERE %s AND channel = 2) AS received_online,
                          count(*) FILTER (WHERE %s AND channel = 1) AS received_direct,
                          count(*) FILTER (WHERE %s AND channel = 3) AS received_postal,
                          count(*) FILTER (WHERE %s) AS carried_over,
                          count(*) FILTER (WHERE %s) AS resolved_early,
                          count(*) FILTER (WHERE %s) AS resolved_on_time,
                          count(*) FILTER (WHERE %s) AS resolved_late,
                          coalesce(sum(processing_minutes) FILTER (WHERE %s), 0) AS processing_minutes,
                          count(*) FILTER (WHERE %s) AS closed,
                          count(*) FILTER (WHERE %s) AS within_deadline,
                          count(*) FILTER (WHERE %s) AS overdue,
                          count(*) FILTER (WHERE %s) AS electronic_results,
                          count(*) FILTER (WHERE %s) AS digitised,
                          count(*) FILTER (WHERE %s AND has_fee) AS with_fee,
                          count(*) FILTER (WHERE %s AND has_fee AND paid_online) AS paid_online,
                          count(*) FILTER (WHERE rated_day BETWEEN :from AND :to AND rating = 'V') AS very_satisfied,
                          count(*) FILTER (WHERE rated_day BETWEEN :from AND :to AND rating = 'S') AS satisfied,
                          count(*) FILTER (WHERE rated_day BETWEEN :from AND :to AND rating = 'D') AS dissatisfied,
                          count(DISTINCT procedure_code) FILTER (WHERE %s AND channel = 2) AS with_online_dossier
                        FROM sq_measure
                        WHERE agency_code = ANY (string_to_array(:agencies, ','))
                          AND (CAST(:field AS text) IS NULL OR field_code = :field)
                        """.formatted(Facts.RECEIVED, Facts.RECEIVED, Facts.RECEIVED,
                        Facts.condition(Measure.CARRIED_OVER), Facts.condition(Measure.RESOLVED_EARLY),
                        Facts.condition(Measure.RESOLVED_ON_TIME), Facts.condition(Measure.RESOLVED_LATE),
                        Facts.RESOLVED, Facts.condition(Measure.CLOSED_WITHOUT_RESULT),
                        Facts.condition(Measure.IN_PROGRESS_WITHIN_DEADLINE), Facts.condition(Measure.OVERDUE),
                        Facts.condition(Measure.ELECTRONIC_RESULT), Facts.condition(Measure.DIGITISED),
                        Facts.RECEIVED, Facts.RECEIVED, Facts.RECEIVED))
                .param("agencies", String.join(",", agencies)).param("field", field)
                .param("from", period.from()).param("to", period.to())
                .query((rs, row) -> new Figures(rs.getLong("received_online"), rs.getLong("received_direct"),
                        rs.getLong("received_postal"), rs.getLong("carried_over"), rs.getLong("resolved_early"),
                        rs.getLong("resolved_on_time"), rs.getLong("resolved_late"),
                        rs.getLong("processing_minutes"), rs.getLong("closed"), rs.getLong("within_deadline"),
                        rs.getLong("overdue"), rs.getLong("electronic_results"), rs.getLong("digitised"),
                        rs.getLong("with_fee"), rs.getLong("paid_online"), rs.getLong("very_satisfied"),
                        rs.getLong("satisfied"), rs.getLong("dissatisfied"), 0, 0, 0,
                        rs.getLong("with_online_dossier")))
                .single();
    }

}
