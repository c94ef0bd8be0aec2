package vn.tinhso.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * Feedback and complaints (phản ánh, kiến nghị, khiếu nại) about a dossier: its owner sends them any time after
 * filing, each with a due date from the rule in force that day; an officer of the dossier's agency answers each
 * once. Officers see the open ones of their agencies, the most urgent first.
 */
@Service
class Feedbacks {

    static final int TEXT_LIMIT = 4000;

    private static final String SELECT = """
            SELECT f.*, d.code, d.agency_code, d.applicant_name
            FROM dossier_feedback f JOIN dossier d ON d.id = f.dossier_id
            """;

    private final JdbcClient jdbc;
    private final DossierParties parties;
    private final FeedbackRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Feedbacks(JdbcClient jdbc, DossierParties parties, FeedbackRules rules, AuditLog audit,
              ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records what the owner sent; the same open text sent again (a double click) is the same feedback. */
    @Transactional
    Sent submit(CurrentUser citizen, String code, String kind, String text) {
        Dossier dossier = parties.owned(citizen, code);
        FeedbackKind what = FeedbackKind.parse(kind);
        String said = required(text, "dossier.feedback.text-required", "dossier.feedback.text-too-long");
        Instant now = clock.instant();
        Instant due = rules.dueAt(what, now);
        Optional<Long> id = jdbc.sql("""
                INSERT INTO dossier_feedback (dossier_id, kind, text, submitted_at, due_at, account_id)
                VALUES (:dossier, :kind, :text, :at, :due, :account)
                ON CONFLICT DO NOTHING
                RETURNING id
                """)
                .param("dossier", dossier.id).param("kind", what.name()).param("text", said)
                .param("at", Timestamp.from(now)).param("due", Timestamp.from(due))
                .param("account", citizen.accountId())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return new Sent(openWithText(dossier, what, said), true);
        }
        events.publishEvent(new FeedbackReceived(dossier.code, id.get(), what, dossier.agencyCode, now, due));
        audit.record(citizen.username(), "dossier.feedback.submitted", dossier.code.value(),
                "#" + id.get() + " " + what + ", due " + due);
        return new Sent(find(id.get()).orElseThrow(), false);
    }

    /** An officer of the dossier's agency answers open feedback; an answer is never replaced. */
    @Transactional
    Feedback answer(CurrentUser officer, String code, long id, String answer) {
        Dossier dossier = parties.handled(officer, code);
        Feedback feedback = find(id).filter(found -> found.code().equals(dossier.code))
                .orElseThrow(() -> new NotFound("phản ánh, kiến nghị", id));
        String said = required(answer, "dossier.feedback.answer-required", "dossier.feedback.answer-too-long");
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                UPDATE dossier_feedback SET status = 'ANSWERED', answer = :answer, answered_at = :at, answered_by = :by
                WHERE id = :id AND status = 'OPEN'
                """)
                .param("answer", said).param("at", Timestamp.from(now)).param("by", officer.username())
                .param("id", id)
                .update();
        if (updated == 0) {
            throw new Refusal(HttpStatus.CONFLICT, "dossier.feedback.already-answered", id, dossier.code.value());
        }
        events.publishEvent(new FeedbackAnswered(dossier.code, id, feedback.kind(), now, feedback.dueAt()));
        audit.record(officer.username(), "dossier.feedback.answered", dossier.code.value(),
                "#" + id + (now.isAfter(feedback.dueAt()) ? ", late" : ", on time"));
        return find(id).orElseThrow();
    }

    /** Everything sent about the dossier, oldest first. */
    List<Feedback> of(Dossier dossier) {
        return jdbc.sql(SELECT + "WHERE f.dossier_id = :dossier ORDER BY f.id")
                .param("dossier", dossier.id).query(Feedbacks::feedback).list();
    }

    Optional<Feedback> find(long id) {
        return jdbc.sql(SELECT + "WHERE f.id = :id").param("id", id).query(Feedbacks::feedback).optional();
    }

    /** The open feedback about dossiers of these agencies, the answer due first at the top. */
    List<Pending> openIn(Set<String> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql(SELECT + """
                WHERE f.status = 'OPEN' AND d.agency_code IN (:agencies) ORDER BY f.due_at, f.id LIMIT 500
                """)
                .param("agencies", agencies)
                .query((rs, row) -> {
                    Feedback feedback = feedback(rs, row);
                    return new Pending(feedback, rs.getString("agency_code"), rs.getString("applicant_name"),
                            feedback.overdue(now));
                })
                .list();
    }

    private Feedback openWithText(Dossier dossier, FeedbackKind kind, String text) {
        return jdbc.sql(SELECT + """
                WHERE f.dossier_id = :dossier AND f.kind = :kind AND f.text = :text AND f.status = 'OPEN'
                """)
                .param("dossier", dossier.id).param("kind", kind.name()).param("text", text)
                .query(Feedbacks::feedback).single();
    }

    private static String required(String text, String missing, String tooLong) {
        String said = text == null ? "" : text.strip();
        if (said.isEmpty()) {
            throw Refusal.of(missing);
        }
        if (said.length() > TEXT_LIMIT) {
            throw Refusal.of(tooLong, TEXT_LIMIT, said.length());
        }
        return said;
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Feedback(rs.getLong("id"), new DossierCode(rs.getString("code")),
                FeedbackKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                Feedback.Status.valueOf(rs.getString("status")), rs.getString("answer"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getString("answered_by"));
    }

    /** Feedback as sent, and whether it had been sent before (nothing new was recorded). */
    record Sent(Feedback feedback, boolean repeated) {
    }

    /** Open feedback in an officer's list. */
    record Pending(Feedback feedback, String agencyCode, String applicantName, boolean overdue) {
    }
}
