package vn.tinhso.dti.cycle;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.DtiPublished;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * Assessment periods and their units: the council (or the system administrator) opens a period for a year under a
 * framework version with its units and deadlines; the council publishes it once every unit has submitted, which
 * locks it. Read by the assessment, appraisal and ranking pages.
 */
@Service
public class Periods {

    private final JdbcClient jdbc;
    private final StoredFrameworks frameworks;
    private final Agencies agencies;
    private final Prefill prefill;
    private final DtiAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Periods(JdbcClient jdbc, StoredFrameworks frameworks, Agencies agencies, Prefill prefill, DtiAccess access,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.agencies = agencies;
        this.prefill = prefill;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a period with its units; every unit must be a known agency, once. */
    @Transactional
    public Period open(CurrentUser user, NewPeriod form) {
        if (!access.organises(user)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.period.not-organiser");
        }
        StoredFramework framework = frameworks.find(form.frameworkId())
                .orElseThrow(() -> Refusal.of("dti.period.unknown-framework", String.valueOf(form.frameworkId())));
        checkDates(form);
        var units = new LinkedHashSet<>(form.units());
        if (units.isEmpty()) {
            throw Refusal.of("dti.period.no-units");
        }
        var unranked = new LinkedHashSet<>(form.unranked());
        unranked.removeAll(units);
        if (!unranked.isEmpty()) {
            throw Refusal.of("dti.period.unranked-not-unit", String.join(", ", unranked));
        }
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dti_period WHERE year = :year AND framework_id = :f)")
                .param("year", form.year()).param("f", framework.id()).query(Boolean.class).single();
        if (taken) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.period.exists", String.valueOf(form.year()), framework.label());
        }
        long id = jdbc.sql("""
                INSERT INTO dti_period (year, framework_id, title, self_assessment_due, appraisal_due, opened_by, opened_at)
                VALUES (:year, :framework, :title, :selfDue, :appraisalDue, :by, :at)
                RETURNING id
                """)
                .param("year", form.year()).param("framework", framework.id()).param("title", title(form, framework))
                .param("selfDue", form.selfAssessmentDue()).param("appraisalDue", form.appraisalDue())
                .param("by", user.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (String code : units) {
            Agency agency = agency(code);
            jdbc.sql("""
                    INSERT INTO dti_unit (period_id, agency_code, agency_name, ranked)
                    VALUES (:period, :code, :name, :ranked)
                    """)
                    .param("period", id).param("code", code).param("name", agency.name())
                    .param("ranked", !form.unranked().contains(code)).update();
        }
        Period period = find(id).orElseThrow();
        units.forEach(code -> prefill.fill(period, code, framework.framework(), user.username()));
        audit.record(user.username(), "dti.period.opened", "dti-period/" + id,
                form.year() + " " + framework.label() + ", " + units.size() + " units");
        return period;
    }

    /** Publishes an open period whose units have all submitted; its results become public and locked. */
    @Transactional
    public Period publish(CurrentUser user, long periodId) {
        if (!access.council(user)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.not-council");
        }
        Period period = locked(periodId);
        if (period.published()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.period.published", period.title());
        }
        List<String> waiting = units(periodId).stream().filter(unit -> !unit.submitted())
                .map(AssessedUnit::agencyName).toList();
        if (!waiting.isEmpty()) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.period.units-not-submitted", String.join("; ", waiting));
        }
        Instant now = clock.instant();
        long seed = seeds.nextLong();
        jdbc.sql("""
                UPDATE dti_period SET status = 'PUBLISHED', published_by = :by, published_at = :at,
                                      robustness_seed = :seed, version = version + 1
                WHERE id = :id
                """)
                .param("by", user.username()).param("at", Timestamp.from(now)).param("seed", seed)
                .param("id", periodId).update();
        events.publishEvent(new DtiPublished(periodId, period.year(), now));
        audit.record(user.username(), "dti.period.published", "dti-period/" + periodId, "seed " + seed);
        return find(periodId).orElseThrow();
    }

    public Optional<Period> find(long id) {
        return jdbc.sql("SELECT * FROM dti_period WHERE id = :id").param("id", id).query(Periods::period).optional();
    }

    /** The period, or a 404. */
    public Period get(long id) {
        return find(id).orElseThrow(() -> new NotFound("kỳ đánh giá DTI", id));
    }

    /** The period, locked until the transaction ends: changes to its units and answers wait on it. */
    Period locked(long id) {
        return jdbc.sql("SELECT * FROM dti_period WHERE id = :id FOR UPDATE").param("id", id)
                .query(Periods::period).optional().orElseThrow(() -> new NotFound("kỳ đánh giá DTI", id));
    }

    /** Every period, the latest year first. */
    public List<Period> all() {
        return jdbc.sql("SELECT * FROM dti_period ORDER BY year DESC, id DESC").query(Periods::period).list();
    }

    /** Published periods, the latest year first. */
    public List<Period> published() {
        return jdbc.sql("SELECT * FROM dti_period WHERE status = 'PUBLISHED' ORDER BY year DESC, id DESC")
                .query(Periods::period).list();
    }

    /** The units of a period, by name. */
    public List<AssessedUnit> units(long periodId) {
        return jdbc.sql("SELECT * FROM dti_unit WHERE period_id = :period ORDER BY agency_name, agency_code")
                .param("period", periodId).query(Periods::unit).list();
    }

    public Optional<AssessedUnit> unit(long periodId, String agencyCode) {
        return jdbc.sql("SELECT * FROM dti_unit WHERE period_id = :period AND agency_code = :code")
                .param("period", periodId).param("code", agencyCode).query(Periods::unit).optional();
    }

    /** The units the user assesses, in every period, the latest year first. */
    public List<AssessedUnit> unitsAssessedBy(CurrentUser user) {
        var agencies = user == null ? java.util.Set.<String>of() : user.agenciesWhere(Role.DTI_ASSESSOR);
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT u.* FROM dti_unit u JOIN dti_period p ON p.id = u.period_id
                WHERE u.agency_code IN (:agencies)
                ORDER BY p.year DESC, p.id DESC, u.agency_name
                """)
                .param("agencies", agencies).query(Periods::unit).list();
    }

    private void checkDates(NewPeriod form) {
        LocalDate selfDue = form.selfAssessmentDue();
        LocalDate appraisalDue = form.appraisalDue();
        if (form.year() < 2018 || form.year() > 2100) {
            throw Refusal.of("dti.period.year-range", String.valueOf(form.year()));
        }
        if (selfDue == null || appraisalDue == null) {
            throw Refusal.of("dti.period.dates-required");
        }
        if (appraisalDue.isBefore(selfDue)) {
            throw Refusal.of("dti.period.dates-order", Deadlines.format(selfDue), Deadlines.format(appraisalDue));
        }
    }

    private Agency agency(String code) {
        try {
            return agencies.find(new AgencyCode(code)).orElseThrow(() -> Refusal.of("dti.period.unknown-agency", code));
        } catch (IllegalArgumentException malformed) {
            throw Refusal.of("dti.period.unknown-agency", code);
        }
    }

    private static String title(NewPeriod form, StoredFramework framework) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.length() > 300) {
            throw Refusal.of("dti.period.title-too-long", 300);
        }
        return title.isEmpty() ? "DTI " + form.year() + " — " + framework.name() : title;
    }

    static Period period(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        Long seed = rs.getObject("robustness_seed", Long.class);
        return new Period(rs.getLong("id"), rs.getInt("year"), rs.getLong("framework_id"), rs.getString("title"),
                rs.getObject("self_assessment_due", LocalDate.class), rs.getObject("appraisal_due", LocalDate.class),
                Period.Status.valueOf(rs.getString("status")), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("published_by"),
                published == null ? null : published.toInstant(), seed);
    }

    static AssessedUnit unit(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new AssessedUnit(rs.getLong("period_id"), rs.getString("agency_code"), rs.getString("agency_name"),
                rs.getBoolean("ranked"), AssessedUnit.Status.valueOf(rs.getString("status")),
                rs.getString("submitted_by"), submitted == null ? null : submitted.toInstant());
    }
}
