package vn.tinhso.dossier.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The messages to applicants: written in the caller's transaction, then delivered after it commits. */
@Repository
public class Notifications {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Writes a message for delivery once the current transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String dossierCode, NotificationChannel channel, String recipient, String subject, String body) {
        long id = jdbc.sql("""
                INSERT INTO notification (dossier_code, channel, recipient, subject, body)
                VALUES (:dossier, :channel, :recipient, :subject, :body)
                RETURNING id
                """)
                .param("dossier", dossierCode).param("channel", channel.name()).param("recipient", recipient)
                .param("subject", subject).param("body", body)
                .query(Long.class).single();
        events.publishEvent(new NotificationQueued(id));
    }

    Optional<Notification> find(long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id)
                .query(Notifications::notification).optional();
    }

    /** The newest first. */
    List<Notification> latest(int limit) {
        return jdbc.sql("SELECT * FROM notification ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(Notifications::notification).list();
    }

    void markSent(long id) {
        jdbc.sql("UPDATE notification SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id")
                .param("id", id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("UPDATE notification SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("id", id).param("error", error).update();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Notification(rs.getLong("id"), rs.getString("dossier_code"),
                NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(), rs.getInt("attempts"), rs.getString("last_error"));
    }
}
