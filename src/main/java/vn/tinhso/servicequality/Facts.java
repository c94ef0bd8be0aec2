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
 * The list of dossiers behind a figure: chosen in the ledger of contributions ({@code sq_dossier}), shown from the
 * dossiers themselves ({@code sq_measure}, over the dossier module's {@code dossier_fact}).
 */
@Component
class Facts {

    /** Which dossiers each measure lists, as a condition on the ledger's columns for the period :from–:to. */
    static final String RECEIVED = "received_day BETWEEN :from AND :to";
    private static final String FINISHED = "coalesce(resolved_day, closed_day)";
    private static final String OPEN_AT_END = "received_day <= :to AND (" + FINISHED + " IS NULL OR " + FINISHED
            + " > :to)";
    static final String RESOLVED = "resolved_day BETWEEN :from AND :to";

    private final JdbcClient jdbc;

    Facts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String condition(Measure measure) {
        return switch (measure) {
            case RECEIVED_TOTAL -> "received_day <= :to AND (" + FINISHED + " IS NULL OR " + FINISHED + " >= :from)";
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

    /**
     * The dossiers behind a figure, the most recently received first (by day, then by filing order). They are chosen
     * in the ledger of what each dossier counts for ({@code sq_dossier}), which holds every column a measure reads,
     * and only those shown are read from the dossier module's read model: choosing among ten million dossiers through
     * the read model took up to 52 s for the province's overdue ones, through the ledger about a second.
     */
    List<DossierRef> dossiers(Collection<String> agencies, String field, Period period, Measure measure, int limit) {
        return jdbc.sql("""
                        WITH chosen AS MATERIALIZED (
                            SELECT dossier_id, received_day
                            FROM sq_dossier
                            WHERE agency_code = ANY (string_to_array(:agencies, ','))
                              AND (CAST(:field AS text) IS NULL OR field_code = :field)
                              AND %s
                            ORDER BY received_day DESC, dossier_id DESC
                            LIMIT :limit)
                        SELECT m.code, m.agency_code, m.field_code, m.procedure_code, m.channel, m.received_at,
                               m.legal_due_at, m.resolved_at
                        FROM chosen c JOIN sq_measure m ON m.dossier_id = c.dossier_id
                        ORDER BY c.received_day DESC, c.dossier_id DESC
                        """.formatted(condition(measure)))
                .param("agencies", String.join(",", agencies)).param("field", field)
                .param("from", period.from()).param("to", period.to()).param("limit", limit)
                .query(Facts::reference).list();
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
