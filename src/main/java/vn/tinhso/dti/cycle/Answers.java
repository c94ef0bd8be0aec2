package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.dti.scoring.Answer;

/** The answers and evidence of the units of a period, as stored; the rules are in the services that call it. */
@Repository
public class Answers {

    private final JdbcClient jdbc;

    Answers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's answers by indicator code. */
    public Map<String, IndicatorAnswer> of(long periodId, String agencyCode) {
        var answers = new LinkedHashMap<String, IndicatorAnswer>();
        jdbc.sql("SELECT * FROM dti_answer WHERE period_id = :period AND agency_code = :agency")
                .param("period", periodId).param("agency", agencyCode)
                .query(Answers::answer).list().forEach(answer -> answers.put(answer.indicatorCode(), answer));
        return answers;
    }

    /** The final points of every unit of a period: agency code → indicator code → points. */
    public Map<String, Map<String, BigDecimal>> finalPoints(long periodId) {
        var points = new LinkedHashMap<String, Map<String, BigDecimal>>();
        jdbc.sql("""
                SELECT u.agency_code, a.indicator_code, COALESCE(a.appraised_points, a.self_points) AS points
                FROM dti_unit u LEFT JOIN dti_answer a ON a.period_id = u.period_id AND a.agency_code = u.agency_code
                WHERE u.period_id = :period
                ORDER BY u.agency_code
                """)
                .param("period", periodId)
                .query((rs, row) -> {
                    var unit = points.computeIfAbsent(rs.getString("agency_code"), code -> new LinkedHashMap<>());
                    if (rs.getString("indicator_code") != null) {
                        unit.put(rs.getString("indicator_code"), rs.getBigDecimal("points"));
                    }
                    return row;
                }).list();
        return points;
    }

    /** Writes the self-assessed answer of an indicator (a unit in draft has no appraisal to keep). */
    void saveSelf(long periodId, String agencyCode, String indicatorCode, Answer answer, BigDecimal points,
                  String note, boolean prefilled, String by, Instant at) {
        String choice = answer instanceof Answer.Choice c ? c.grade() : null;
        BigDecimal numerator = answer instanceof Answer.Fraction f ? f.numerator() : null;
        BigDecimal denominator = answer instanceof Answer.Fraction f ? f.denominator() : null;
        BigDecimal amount = answer instanceof Answer.Figure f ? f.value() : null;
        jdbc.sql("""
                INSERT INTO dti_answer (period_id, agency_code, indicator_code, choice, numerator, denominator, amount,
                                        note, prefilled, self_points, answered_by, answered_at)
                VALUES (:period, :agency, :indicator, :choice, :numerator, :denominator, :amount,
                        :note, :prefilled, :points, :by, :at)
                ON CONFLICT (period_id, agency_code, indicator_code) DO UPDATE SET
                    choice = EXCLUDED.choice, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
                    amount = EXCLUDED.amount, note = EXCLUDED.note, prefilled = EXCLUDED.prefilled,
                    self_points = EXCLUDED.self_points, answered_by = EXCLUDED.answered_by,
                    answered_at = EXCLUDED.answered_at
                """)
                .param("period", periodId).param("agency", agencyCode).param("indicator", indicatorCode)
                .param("choice", choice).param("numerator", numerator).param("denominator", denominator)
                .param("amount", amount).param("note", note).param("prefilled", prefilled)
                .param("points", points).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** Writes the council's points and comment on an answered indicator; false when it has no answer. */
    boolean saveAppraisal(long periodId, String agencyCode, String indicatorCode, BigDecimal points, String comment,
                          String by, Instant at) {
        return jdbc.sql("""
                UPDATE dti_answer SET appraised_points = :points, appraisal_comment = :comment,
                                      appraised_by = :by, appraised_at = :at
                WHERE period_id = :period AND agency_code = :agency AND indicator_code = :indicator
                """)
                .param("points", points).param("comment", comment).param("by", by).param("at", Timestamp.from(at))
                .param("period", periodId).param("agency", agencyCode).param("indicator", indicatorCode)
                .update() == 1;
    }

    /** A unit's evidence, oldest first. */
    public List<EvidenceItem> evidence(long periodId, String agencyCode) {
        return jdbc.sql("""
                SELECT * FROM dti_evidence WHERE period_id = :period AND agency_code = :agency ORDER BY added_at, id
                """)
                .param("period", periodId).param("agency", agencyCode).query(Answers::evidence).list();
    }

    void addEvidence(long periodId, String agencyCode, EvidenceItem item) {
        jdbc.sql("""
                INSERT INTO dti_evidence (id, period_id, agency_code, indicator_code, kind, file_name, media_type,
                                          size_bytes, sha256, url, added_by, added_at)
                VALUES (:id, :period, :agency, :indicator, :kind, :name, :type, :size, :sha256, :url, :by, :at)
                """)
                .param("id", item.id()).param("period", periodId).param("agency", agencyCode)
                .param("indicator", item.indicatorCode()).param("kind", item.kind().name())
                .param("name", item.fileName()).param("type", item.mediaType()).param("size", item.size())
                .param("sha256", item.sha256()).param("url", item.url()).param("by", item.addedBy())
                .param("at", Timestamp.from(item.addedAt()))
                .update();
    }

    boolean removeEvidence(long periodId, String agencyCode, UUID id) {
        return jdbc.sql("DELETE FROM dti_evidence WHERE id = :id AND period_id = :period AND agency_code = :agency")
                .param("id", id).param("period", periodId).param("agency", agencyCode).update() == 1;
    }

    static IndicatorAnswer answer(ResultSet rs, int row) throws SQLException {
        Timestamp appraisedAt = rs.getTimestamp("appraised_at");
        return new IndicatorAnswer(rs.getString("indicator_code"), rs.getString("choice"),
                rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("amount"),
                rs.getString("note"), rs.getBoolean("prefilled"), rs.getBigDecimal("self_points"),
                rs.getString("answered_by"), rs.getTimestamp("answered_at").toInstant(),
                rs.getBigDecimal("appraised_points"), rs.getString("appraisal_comment"), rs.getString("appraised_by"),
                appraisedAt == null ? null : appraisedAt.toInstant());
    }

    static EvidenceItem evidence(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("size_bytes");
        Long bytes = rs.wasNull() ? null : size;
        return new EvidenceItem(rs.getObject("id", UUID.class), rs.getString("indicator_code"),
                EvidenceItem.Kind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                rs.getString("media_type"), bytes, rs.getString("sha256"), rs.getString("url"),
                rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
    }
}
