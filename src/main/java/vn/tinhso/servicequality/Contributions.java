package vn.tinhso.servicequality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each dossier counts for: now, as {@code sq_measure} says from the dossier module's read model, and as last
 * applied to the counters ({@code sq_dossier}).
 */
@Repository
class Contributions {

    static final String COLUMNS = """
            dossier_id, agency_code, field_code, procedure_code, channel, received_day, resolved_day, outcome,
            processing_minutes, closed_day, due_day, electronic_result, digitised, has_fee, paid_online, rated_day,
            rating""";

    private final JdbcClient jdbc;

    Contributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dossier's id, if a dossier has that code. */
    Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT dossier_id FROM dossier_fact WHERE code = :code").param("code", code)
                .query(Long.class).optional();
    }

    /** What the dossier counts for now; empty while it is not received (or was refused at reception). */
    Optional<Contribution> now(long dossierId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sq_measure WHERE dossier_id = :id").param("id", dossierId)
                .query(Contributions::contribution).optional();
    }

    /** What was last applied to the counters for the dossier. */
    Optional<Contribution> applied(long dossierId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sq_dossier WHERE dossier_id = :id").param("id", dossierId)
                .query(Contributions::contribution).optional();
    }

    void record(Contribution c) {
        jdbc.sql("""
                INSERT INTO sq_dossier (%s)
                VALUES (:id, :agency, :field, :procedure, :channel, :receivedDay, :resolvedDay, :outcome, :minutes,
                        :closedDay, :dueDay, :electronic, :digitised, :fee, :paid, :ratedDay, :rating)
                ON CONFLICT (dossier_id) DO UPDATE SET
                    agency_code = excluded.agency_code, field_code = excluded.field_code,
                    procedure_code = excluded.procedure_code, channel = excluded.channel,
                    received_day = excluded.received_day, resolved_day = excluded.resolved_day,
                    outcome = excluded.outcome, processing_minutes = excluded.processing_minutes,
                    closed_day = excluded.closed_day, due_day = excluded.due_day,
                    electronic_result = excluded.electronic_result, digitised = excluded.digitised,
                    has_fee = excluded.has_fee, paid_online = excluded.paid_online, rated_day = excluded.rated_day,
                    rating = excluded.rating
                """.formatted(COLUMNS))
                .param("id", c.dossierId()).param("agency", c.agencyCode()).param("field", c.fieldCode())
                .param("procedure", c.procedureCode()).param("channel", c.channel())
                .param("receivedDay", c.receivedDay()).param("resolvedDay", c.resolvedDay())
                .param("outcome", c.outcome()).param("minutes", c.processingMinutes())
                .param("closedDay", c.closedDay()).param("dueDay", c.dueDay())
                .param("electronic", c.electronicResult()).param("digitised", c.digitised())
                .param("fee", c.hasFee()).param("paid", c.paidOnline()).param("ratedDay", c.ratedDay())
                .param("rating", c.rating())
                .update();
    }

    void forget(long dossierId) {
        jdbc.sql("DELETE FROM sq_dossier WHERE dossier_id = :id").param("id", dossierId).update();
    }

    private static Contribution contribution(ResultSet rs, int row) throws SQLException {
        return new Contribution(rs.getLong("dossier_id"), rs.getString("agency_code"), rs.getString("field_code"),
                rs.getString("procedure_code"), rs.getInt("channel"), day(rs, "received_day"),
                day(rs, "resolved_day"), rs.getString("outcome"), rs.getLong("processing_minutes"),
                day(rs, "closed_day"), day(rs, "due_day"), rs.getBoolean("electronic_result"),
                rs.getBoolean("digitised"), rs.getBoolean("has_fee"), rs.getBoolean("paid_online"),
                day(rs, "rated_day"), rs.getString("rating"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
