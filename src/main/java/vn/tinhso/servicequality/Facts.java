package vn.tinhso.servicequality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the dossiers themselves ({@code sq_measure}, over the dossier module's {@code dossier_fact}): the list of
 * dossiers behind a figure, and the figures counted dossier by dossier, which the aggregates must always equal.
 */
@Component
class Facts {

    /** Which dossiers each measure lists, as a condition on {@code sq_measure} for the period :from–:to. */
    private static final String RECEIVED = "received_day BETWEEN :from AND :to";
    private static final String FINISHED = "coalesce(resolved_day, closed_day)";
    private static final String OPEN_AT_END = "received_day <= :to AND (" + FINISHED + " IS NULL OR " + FINISHED
            + " > :to)";
    private static final String RESOLVED = "resolved_day BETWEEN :from AND :to";

    private final JdbcClient jdbc;

    Facts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String condition(Measure measure) {
        return switch (measure) {
            case RECEIVED -> RECEIVED;
            case RECEIVED_ONLINE -> RECEIVED + " AND channel = 2";
            case RECEIVED_DIRECT_OR_POSTAL -> RECEIVED + " AND channel <> 2";
            case CARRIED_OVER -> "received_day < :from AND (" + FINISHED + " IS NULL OR " + FINISHED + " >= :from)";
            case RESOLVED -> RESOLVED;
            case RESOLVED_EARLY -> RESOLVED + " AND outcome = 'E'";
            case RESOLVED_ON_TIME -> RESOLVED + " AND outcome = 'O'";
            case RESOLVED_LATE -> RESOLVED + " AND outcome = 'L'";
            case IN_PROGRESS -> OPEN_AT_END;
            case IN_PROGRESS_WITHIN_DEADLINE -> OPEN_AT_END + " AND (due_day IS NULL OR due_day > :to)";
            case OVERDUE -> OPEN_AT_END + " AND due_day <= :to";
            case CLOSED_WITHOUT_RESULT -> "closed_day BETWEEN :from AND :to";
            case ELECTRONIC_RESULT -> RESOLVED + " AND electronic_result";
            case DIGITISED -> RECEIVED + " AND digitised";
            case DISSATISFIED -> "rated_day BETWEEN :from AND :to AND rating = 'D'";
        };
    }

    /** The dossiers behind a figure, the most recently received first. */
    List<DossierRef> dossiers(Collection<String> agencies, String field, Period period, Measure measure, int limit) {
        return jdbc.sql("""
                        SELECT code, agency_code, field_code, procedure_code, channel, received_at, legal_due_at,
                               resolved_at
                        FROM sq_measure
                        WHERE agency_code = ANY (string_to_array(:agencies, ','))
                          AND (CAST(:field AS text) IS NULL OR field_code = :field)
                          AND %s
                        ORDER BY received_at DESC, code
                        LIMIT :limit
                        """.formatted(condition(measure)))
                .param("agencies", String.join(",", agencies)).param("field", field)
                .param("from", period.from()).param("to", period.to()).param("limit", limit)
                .query(Facts::reference).list();
    }

    /** The figures counted from the dossiers one by one, catalogue counts left at zero. */
    Figures count(Collection<String> agencies, String field, Period period) {
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
                        """.formatted(RECEIVED, RECEIVED, RECEIVED, condition(Measure.CARRIED_OVER),
                        condition(Measure.RESOLVED_EARLY), condition(Measure.RESOLVED_ON_TIME),
                        condition(Measure.RESOLVED_LATE), RESOLVED, condition(Measure.CLOSED_WITHOUT_RESULT),
                        condition(Measure.IN_PROGRESS_WITHIN_DEADLINE), condition(Measure.OVERDUE),
                        condition(Measure.ELECTRONIC_RESULT), condition(Measure.DIGITISED), RECEIVED, RECEIVED,
                        RECEIVED))
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

    private static DossierRef reference(ResultSet rs, int row) throws SQLException {
        return new DossierRef(rs.getString("code"), rs.getString("agency_code"), rs.getString("field_code"),
                rs.getString("procedure_code"), rs.getInt("channel") == 2, instant(rs, "received_at"),
                instant(rs, "legal_due_at"), instant(rs, "resolved_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
