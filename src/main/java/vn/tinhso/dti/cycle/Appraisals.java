package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.DtiCorrected;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;

/**
 * The provincial council's work on submitted units: adjusted points and a comment per indicator while the period is
 * open; after publication, a correction only with a reason, kept for everyone to see and in the audit log.
 */
@Service
public class Appraisals {

    static final int TEXT_LIMIT = 2000;

    private final Periods periods;
    private final Answers answers;
    private final StoredFrameworks frameworks;
    private final DtiAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Appraisals(Periods periods, Answers answers, StoredFrameworks frameworks, DtiAccess access, AuditLog audit,
               ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.periods = periods;
        this.answers = answers;
        this.frameworks = frameworks;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The council's points (0 to the indicator's maximum) and comment for an indicator of a submitted unit. */
    @Transactional
    public IndicatorAnswer appraise(CurrentUser user, long periodId, String agencyCode, String indicatorCode,
                                    String points, String comment) {
        Indicator indicator = councilWork(user, periodId, agencyCode, indicatorCode, false);
        BigDecimal adjusted = points(indicator, points);
        String said = text(comment, false, "dti.appraisal.comment-too-long");
        if (!answers.saveAppraisal(periodId, agencyCode, indicator.code(), adjusted, said, user.username(),
                clock.instant())) {
            throw Refusal.of("dti.appraisal.unanswered", indicator.code());
        }
        audit.record(user.username(), "dti.answer.appraised", Assessments.subject(periodId, agencyCode),
                indicator.code() + " = " + adjusted.toPlainString());
        return answers.of(periodId, agencyCode).get(indicator.code());
    }

    /** Changes a published indicator's final points, with the reason; the rankings follow. */
    @Transactional
    public Correction correct(CurrentUser user, long periodId, String agencyCode, String indicatorCode,
                             String points, String reason) {
        Indicator indicator = councilWork(user, periodId, agencyCode, indicatorCode, true);
        BigDecimal corrected = points(indicator, points);
        String why = text(reason, true, "dti.correction.reason-too-long");
        IndicatorAnswer before = answers.of(periodId, agencyCode).get(indicator.code());
        if (before == null) {
            throw Refusal.of("dti.appraisal.unanswered", indicator.code());
        }
        Instant now = clock.instant();
        answers.saveAppraisal(periodId, agencyCode, indicator.code(), corrected, before.appraisalComment(),
                user.username(), now);
        long id = jdbc.sql("""
                INSERT INTO dti_correction (period_id, agency_code, indicator_code, points_before, points_after,
                                            reason, corrected_by, corrected_at)
                VALUES (:period, :agency, :indicator, :before, :after, :reason, :by, :at)
                RETURNING id
                """)
                .param("period", periodId).param("agency", agencyCode).param("indicator", indicator.code())
                .param("before", before.finalPoints()).param("after", corrected).param("reason", why)
                .param("by", user.username()).param("at", Timestamp.from(now))
                .query(Long.class).single();
        events.publishEvent(new DtiCorrected(periodId, agencyCode, indicator.code(), now));
        audit.record(user.username(), "dti.published-points.corrected", Assessments.subject(periodId, agencyCode),
                indicator.code() + ": " + before.finalPoints().toPlainString() + " → " + corrected.toPlainString()
                        + " (" + why + ")");
        return corrections(periodId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** The corrections of a period's published points, oldest first. */
    public List<Correction> corrections(long periodId) {
        return jdbc.sql("""
                SELECT c.*, u.agency_name FROM dti_correction c
                JOIN dti_unit u ON u.period_id = c.period_id AND u.agency_code = c.agency_code
                WHERE c.period_id = :period ORDER BY c.id
                """)
                .param("period", periodId)
                .query((rs, row) -> new Correction(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getString("agency_name"), rs.getString("indicator_code"),
                        rs.getBigDecimal("points_before"), rs.getBigDecimal("points_after"), rs.getString("reason"),
                        rs.getString("corrected_by"), rs.getTimestamp("corrected_at").toInstant()))
                .list();
    }

    /**
     * The indicator the council works on: appraisal while the period is open and the unit has submitted,
     * correction once the period is published.
     */
    private Indicator councilWork(CurrentUser user, long periodId, String agencyCode, String indicatorCode,
                                  boolean correction) {
        if (!access.council(user)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.not-council");
        }
        Period period = periods.locked(periodId);
        AssessedUnit unit = periods.unit(periodId, agencyCode)
                .orElseThrow(() -> new vn.tinhso.platform.NotFound("đơn vị được đánh giá", agencyCode));
        if (correction && !period.published()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.correction.not-published", period.title());
        }
        if (!correction && period.published()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.period.published", period.title());
        }
        if (!correction && !unit.submitted()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.appraisal.not-submitted", unit.agencyName());
        }
        return Assessments.indicator(frameworks.get(period.frameworkId()).framework(), indicatorCode);
    }

    private static BigDecimal points(Indicator indicator, String text) {
        BigDecimal points = AnswerCheck.number(indicator.code(), text, true);
        if (points.compareTo(indicator.maxPoints()) > 0) {
            throw Refusal.of("dti.answer.above-max", indicator.code(), points.toPlainString(),
                    indicator.maxPoints().toPlainString());
        }
        return points;
    }

    private static String text(String text, boolean required, String tooLong) {
        String said = text == null ? "" : text.strip();
        if (required && said.isEmpty()) {
            throw Refusal.of("dti.correction.reason-required");
        }
        if (said.length() > TEXT_LIMIT) {
            throw Refusal.of(tooLong, TEXT_LIMIT);
        }
        return said;
    }

    /**
     * A correction of published points.
     *
     * @param pointsBefore the final points before
     * @param pointsAfter the final points since
     */
    public record Correction(long id, String agencyCode, String agencyName, String indicatorCode,
                             BigDecimal pointsBefore, BigDecimal pointsAfter, String reason, String correctedBy,
                             Instant correctedAt) {
    }
}
