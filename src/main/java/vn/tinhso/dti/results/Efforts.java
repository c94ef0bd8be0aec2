package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.cycle.DtiAccess;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;

/**
 * The effort (1 easy – 10 hard) of gaining an indicator's missing points, as editable data per framework: the path
 * to a target rank orders its plan by points per effort. Without a value an indicator counts as the engine's
 * default effort.
 */
@Service
public class Efforts {

    private static final BigDecimal MAX = BigDecimal.TEN;

    private final JdbcClient jdbc;
    private final DtiAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Efforts(JdbcClient jdbc, DtiAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Indicator (or main-index) code → effort, for a framework code. */
    public Map<String, BigDecimal> of(String frameworkCode) {
        var efforts = new LinkedHashMap<String, BigDecimal>();
        jdbc.sql("SELECT indicator_code, effort FROM dti_effort WHERE framework_code = :code ORDER BY indicator_code")
                .param("code", frameworkCode)
                .query((rs, row) -> efforts.put(rs.getString("indicator_code"), rs.getBigDecimal("effort"))).list();
        return efforts;
    }

    /** Sets the effort of an indicator (or main index) of the framework; 0 < effort ≤ 10. */
    @Transactional
    public void set(CurrentUser user, Framework framework, String code, String effort) {
        if (!access.keepsReferenceData(user)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.framework.not-keeper");
        }
        if (framework.indicator(code).isEmpty() && framework.mainIndex(code).isEmpty()) {
            throw Refusal.of("dti.answer.unknown-indicator", code, framework.code());
        }
        BigDecimal value;
        try {
            value = new BigDecimal(effort == null ? "" : effort.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw Refusal.of("dti.effort.range", String.valueOf(effort));
        }
        if (value.signum() <= 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 1) {
            throw Refusal.of("dti.effort.range", value.toPlainString());
        }
        jdbc.sql("""
                INSERT INTO dti_effort (framework_code, indicator_code, effort, updated_by, updated_at)
                VALUES (:framework, :code, :effort, :by, :at)
                ON CONFLICT (framework_code, indicator_code) DO UPDATE
                SET effort = EXCLUDED.effort, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """)
                .param("framework", framework.code()).param("code", code).param("effort", value)
                .param("by", user.username()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(user.username(), "dti.effort.set", "dti-effort/" + framework.code() + "/" + code,
                value.toPlainString());
    }
}
