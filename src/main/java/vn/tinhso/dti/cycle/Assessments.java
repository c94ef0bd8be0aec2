package vn.tinhso.dti.cycle;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.scoring.EvidenceKind;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * A unit's self-assessment: its assessor answers every indicator with evidence (files of the kinds the indicator
 * accepts, or links) and submits it to the council; from then on the unit can change nothing. Only the unit's own
 * assessors change it; to anyone but them, the council and the organisers, another unit's assessment does not
 * exist (404).
 */
@Service
public class Assessments {

    static final int URL_LIMIT = 2000;

    private final Periods periods;
    private final Answers answers;
    private final StoredFrameworks frameworks;
    private final EvidenceFiles files;
    private final Prefill prefill;
    private final DtiAccess access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Assessments(Periods periods, Answers answers, StoredFrameworks frameworks, EvidenceFiles files, Prefill prefill,
                DtiAccess access, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.periods = periods;
        this.answers = answers;
        this.frameworks = frameworks;
        this.files = files;
        this.prefill = prefill;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The unit, if the user may see its assessment: its assessors, the council and the organisers. */
    public AssessedUnit visible(CurrentUser user, long periodId, String agencyCode) {
        AssessedUnit unit = periods.unit(periodId, agencyCode)
                .orElseThrow(() -> new NotFound("đơn vị được đánh giá", agencyCode));
        if (!access.assesses(user, agencyCode) && !access.organises(user)) {
            throw new NotFound("đơn vị được đánh giá", agencyCode);
        }
        return unit;
    }

    /** Records the answer to one indicator and the points it earns. */
    @Transactional
    public IndicatorAnswer answer(CurrentUser user, long periodId, String agencyCode, String indicatorCode,
                                  AnswerInput input) {
        Draft draft = draft(user, periodId, agencyCode);
        Indicator indicator = indicator(draft.framework(), indicatorCode);
        AnswerCheck.Checked checked = AnswerCheck.check(indicator, input);
        answers.saveSelf(periodId, agencyCode, indicator.code(), checked.answer(), checked.points(), checked.note(),
                false, user.username(), clock.instant());
        audit.record(user.username(), "dti.answer.saved", subject(periodId, agencyCode),
                indicator.code() + " = " + checked.points().toPlainString());
        return answers.of(periodId, agencyCode).get(indicator.code());
    }

    /**
     * Fills in the automatic indicators again from the service-quality statistics (answers typed by the assessor
     * stay).
     *
     * @return how many were filled in
     */
    @Transactional
    public int prefill(CurrentUser user, long periodId, String agencyCode) {
        Draft draft = draft(user, periodId, agencyCode);
        return prefill.fill(draft.period(), agencyCode, draft.framework(), user.username());
    }

    /** Keeps a file as evidence for an indicator; its type, detected from the content, must be one it accepts. */
    @Transactional
    public EvidenceItem addFile(CurrentUser user, long periodId, String agencyCode, String indicatorCode,
                                InputStream content, String fileName) {
        Draft draft = draft(user, periodId, agencyCode);
        Indicator indicator = indicator(draft.framework(), indicatorCode);
        var allowed = new HashSet<>(kinds(indicator));
        allowed.remove(EvidenceKind.LINK);
        if (allowed.isEmpty()) {
            throw Refusal.of("dti.evidence.no-files", indicator.code());
        }
        EvidenceFiles.Stored stored = files.store(content, fileName, allowed);
        var item = new EvidenceItem(UUID.randomUUID(), indicator.code(), EvidenceItem.Kind.FILE, stored.fileName(),
                stored.mediaType(), stored.size(), stored.sha256(), null, user.username(), clock.instant());
        answers.addEvidence(periodId, agencyCode, item);
        audit.record(user.username(), "dti.evidence.added", subject(periodId, agencyCode),
                indicator.code() + " file " + stored.sha256());
        return item;
    }

    /** Keeps a link (http or https) as evidence for an indicator that accepts links. */
    @Transactional
    public EvidenceItem addLink(CurrentUser user, long periodId, String agencyCode, String indicatorCode, String url) {
        Draft draft = draft(user, periodId, agencyCode);
        Indicator indicator = indicator(draft.framework(), indicatorCode);
        if (!kinds(indicator).contains(EvidenceKind.LINK)) {
            throw Refusal.of("dti.evidence.no-links", indicator.code());
        }
        String link = link(url);
        var item = new EvidenceItem(UUID.randomUUID(), indicator.code(), EvidenceItem.Kind.LINK, null, null, null,
                null, link, user.username(), clock.instant());
        answers.addEvidence(periodId, agencyCode, item);
        audit.record(user.username(), "dti.evidence.added", subject(periodId, agencyCode), indicator.code() + " " + link);
        return item;
    }

    @Transactional
    public void removeEvidence(CurrentUser user, long periodId, String agencyCode, UUID id) {
        draft(user, periodId, agencyCode);
        if (!answers.removeEvidence(periodId, agencyCode, id)) {
            throw new NotFound("minh chứng", id);
        }
        audit.record(user.username(), "dti.evidence.removed", subject(periodId, agencyCode), id.toString());
    }

    /** Sends the self-assessment to the council: every indicator answered, evidence wherever it is required. */
    @Transactional
    public AssessedUnit submit(CurrentUser user, long periodId, String agencyCode) {
        Draft draft = draft(user, periodId, agencyCode);
        Map<String, IndicatorAnswer> given = answers.of(periodId, agencyCode);
        var evidenced = new HashSet<String>();
        answers.evidence(periodId, agencyCode).forEach(item -> evidenced.add(item.indicatorCode()));
        var unanswered = new ArrayList<String>();
        var unevidenced = new ArrayList<String>();
        for (Indicator indicator : draft.framework().indicators()) {
            IndicatorAnswer answer = given.get(indicator.code());
            if (answer == null) {
                unanswered.add(indicator.code());
            } else if (EvidenceRule.required(indicator, answer) && !evidenced.contains(indicator.code())) {
                unevidenced.add(indicator.code());
            }
        }
        if (!unanswered.isEmpty()) {
            throw Refusal.of("dti.submit.unanswered", unanswered.size(), String.join(", ", unanswered));
        }
        if (!unevidenced.isEmpty()) {
            throw Refusal.of("dti.submit.no-evidence", unevidenced.size(), String.join(", ", unevidenced));
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE dti_unit SET status = 'SUBMITTED', submitted_by = :by, submitted_at = :at
                WHERE period_id = :period AND agency_code = :agency
                """)
                .param("by", user.username()).param("at", Timestamp.from(now)).param("period", periodId)
                .param("agency", agencyCode).update();
        BigDecimal total = given.values().stream().map(IndicatorAnswer::selfPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        audit.record(user.username(), "dti.unit.submitted", subject(periodId, agencyCode),
                "self-assessed " + total.toPlainString() + " points");
        return periods.unit(periodId, agencyCode).orElseThrow();
    }

    /**
     * The unit's assessment, open for its assessor to change: the period is locked until the change commits, so a
     * submission or publication in between waits; a submitted unit or a published period answers 409.
     */
    private Draft draft(CurrentUser user, long periodId, String agencyCode) {
        visible(user, periodId, agencyCode);
        if (!access.assesses(user, agencyCode)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.not-assessor", agencyCode);
        }
        Period period = periods.locked(periodId);
        if (period.published()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.period.published", period.title());
        }
        AssessedUnit unit = periods.unit(periodId, agencyCode).orElseThrow();
        if (unit.submitted()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.unit.submitted", unit.agencyName());
        }
        return new Draft(period, unit, frameworks.get(period.frameworkId()).framework());
    }

    static Indicator indicator(Framework framework, String code) {
        return framework.indicator(code == null ? "" : code.strip())
                .orElseThrow(() -> Refusal.of("dti.answer.unknown-indicator", code, framework.code()));
    }

    static List<EvidenceKind> kinds(Indicator indicator) {
        return indicator.evidence() == null ? List.of() : indicator.evidence().kinds();
    }

    private static String link(String url) {
        String link = url == null ? "" : url.strip();
        if (link.isEmpty() || link.length() > URL_LIMIT) {
            throw Refusal.of("dti.evidence.link-invalid", link);
        }
        try {
            URI uri = new URI(link);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw Refusal.of("dti.evidence.link-invalid", link);
            }
        } catch (URISyntaxException malformed) {
            throw Refusal.of("dti.evidence.link-invalid", link);
        }
        return link;
    }

    static String subject(long periodId, String agencyCode) {
        return "dti-period/" + periodId + "/" + agencyCode;
    }

    private record Draft(Period period, AssessedUnit unit, Framework framework) {
    }
}
