package vn.tinhso.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;

/**
 * The applicant rates the handling of their dossier once its result is out (resolved or returned), once, on the
 * national portal's three levels. A rating is never changed: the service-quality index counts it as given.
 */
@Service
class Ratings {

    static final int COMMENT_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final DossierParties parties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(JdbcClient jdbc, DossierParties parties, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Rating rate(CurrentUser citizen, String code, String level, String comment) {
        Dossier dossier = parties.owned(citizen, code);
        if (!dossier.status().resolved()) {
            throw new Refusal(HttpStatus.CONFLICT, "dossier.rating.not-resolved", dossier.code.value(),
                    new DefaultMessageSourceResolvable("dossier.status." + dossier.status()));
        }
        if (of(dossier).isPresent()) {
            throw alreadyRated(dossier);
        }
        Satisfaction satisfaction = Satisfaction.parse(level);
        String said = comment == null ? "" : comment.strip();
        if (said.length() > COMMENT_LIMIT) {
            throw Refusal.of("dossier.rating.comment-too-long", COMMENT_LIMIT, said.length());
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO dossier_rating (dossier_id, level, comment, rated_at, account_id)
                VALUES (:dossier, :level, :comment, :at, :account)
                ON CONFLICT (dossier_id) DO NOTHING
                """)
                .param("dossier", dossier.id).param("level", satisfaction.name()).param("comment", said)
                .param("at", Timestamp.from(now)).param("account", citizen.accountId())
                .update();
        if (inserted == 0) {
            throw alreadyRated(dossier); // the same citizen rated at the same moment in another tab
        }
        events.publishEvent(new DossierRated(dossier.code, dossier.agencyCode, satisfaction, now));
        audit.record(citizen.username(), "dossier.rated", dossier.code.value(), satisfaction.name());
        return new Rating(dossier.code, satisfaction, said, now);
    }

    Optional<Rating> of(Dossier dossier) {
        return jdbc.sql("SELECT level, comment, rated_at FROM dossier_rating WHERE dossier_id = :dossier")
                .param("dossier", dossier.id)
                .query((rs, row) -> new Rating(dossier.code, Satisfaction.valueOf(rs.getString("level")),
                        rs.getString("comment"), rs.getTimestamp("rated_at").toInstant()))
                .optional();
    }

    private static Refusal alreadyRated(Dossier dossier) {
        return new Refusal(HttpStatus.CONFLICT, "dossier.rating.already", dossier.code.value());
    }
}
