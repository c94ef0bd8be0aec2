package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.NotFound;

/**
 * The versions of the Decision 766 index framework (table {@code quality_index_*}, V14): the one in force on a day,
 * all of them, and a new one from an edit. An edit never overwrites a version.
 */
@Component
public class Frameworks {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Frameworks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The version in force on {@code day}: the latest that took effect on or before it (the first one before). */
    public Framework inForce(LocalDate day) {
        Long id = jdbc.sql("""
                        SELECT id FROM quality_index_version WHERE effective_from <= :day
                        ORDER BY effective_from DESC LIMIT 1
                        """)
                .param("day", day).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT id FROM quality_index_version ORDER BY effective_from LIMIT 1")
                        .query(Long.class).single());
        return load(id);
    }

    /** Every version, the latest first, without their groups. */
    public List<Framework> versions() {
        return jdbc.sql("SELECT * FROM quality_index_version ORDER BY effective_from DESC")
                .query((rs, row) -> version(rs, List.of())).list();
    }

    /** One version with its groups and indicators. */
    public Framework version(long id) {
        return find(id).orElseThrow(() -> new NotFound("phiên bản bộ chỉ số", id));
    }

    Optional<Framework> find(long id) {
        return jdbc.sql("SELECT id FROM quality_index_version WHERE id = :id").param("id", id).query(Long.class)
                .optional().map(this::load);
    }

    /**
     * Records the edit as a new version, copying the names, formulas and measures of the version in force on its
     * date.
     *
     * @throws InvalidFramework listing every problem; nothing is recorded then
     */
    @Transactional
    public Framework add(FrameworkEdit edit, String actor) {
        jdbc.sql("LOCK TABLE quality_index_version IN EXCLUSIVE MODE").update();
        LocalDate latest = jdbc.sql("SELECT max(effective_from) FROM quality_index_version")
                .query(LocalDate.class).single();
        Framework base = inForce(edit.effectiveFrom() == null ? latest : edit.effectiveFrom());
        var problems = FrameworkRules.check(base, edit, latest);
        if (!problems.isEmpty()) {
            throw new InvalidFramework(problems);
        }
        long id = jdbc.sql("""
                        INSERT INTO quality_index_version (effective_from, legal_basis, note, recorded_by)
                        VALUES (:from, :basis, :note, :actor) RETURNING id
                        """)
                .param("from", edit.effectiveFrom()).param("basis", base.legalBasis()).param("note", edit.note())
                .param("actor", actor).query(Long.class).single();
        int position = 0;
        for (Framework.Group group : base.groups()) {
            BigDecimal points = edit.groups().stream().filter(g -> group.code().equals(g.code())).findFirst()
                    .orElseThrow().points();
            jdbc.sql("""
                    INSERT INTO quality_index_group (version_id, code, position, name_vi, name_en, points)
                    VALUES (:id, :code, :position, :vi, :en, :points)
                    """)
                    .param("id", id).param("code", group.code()).param("position", ++position)
                    .param("vi", group.nameVi()).param("en", group.nameEn()).param("points", points).update();
            int order = 0;
            for (Framework.Indicator indicator : group.indicators()) {
                var change = edit.indicators().stream().filter(i -> indicator.code().equals(i.code())).findFirst()
                        .orElseThrow();
                jdbc.sql("""
                        INSERT INTO quality_index_indicator (version_id, group_code, code, position, name_vi, name_en,
                            points, formula, measure, target, assumption)
                        VALUES (:id, :group, :code, :position, :vi, :en, :points, :formula, :measure, :target,
                            :assumption)
                        """)
                        .param("id", id).param("group", group.code()).param("code", indicator.code())
                        .param("position", ++order).param("vi", indicator.nameVi()).param("en", indicator.nameEn())
                        .param("points", change.points()).param("formula", indicator.formula().name())
                        .param("measure", indicator.measure().name()).param("target", change.target())
                        .param("assumption", indicator.assumption()).update();
            }
        }
        audit.record(actor, "servicequality.index.version-added", edit.effectiveFrom().toString(), edit.note());
        return load(id);
    }

    private Framework load(long id) {
        var indicators = jdbc.sql("""
                        SELECT * FROM quality_index_indicator WHERE version_id = :id ORDER BY group_code, position
                        """)
                .param("id", id)
                .query((rs, row) -> new Framework.Indicator(rs.getString("code"), rs.getString("group_code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getBigDecimal("points"),
                        Formula.valueOf(rs.getString("formula")), IndexMeasure.valueOf(rs.getString("measure")),
                        rs.getBigDecimal("target"), rs.getString("assumption")))
                .list();
        var groups = jdbc.sql("SELECT * FROM quality_index_group WHERE version_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, row) -> {
                    String code = rs.getString("code");
                    return new Framework.Group(code, rs.getString("name_vi"), rs.getString("name_en"),
                            rs.getBigDecimal("points"),
                            indicators.stream().filter(i -> i.groupCode().equals(code)).toList());
                })
                .list();
        return jdbc.sql("SELECT * FROM quality_index_version WHERE id = :id").param("id", id)
                .query((rs, row) -> version(rs, new ArrayList<>(groups))).single();
    }

    private static Framework version(ResultSet rs, List<Framework.Group> groups) throws SQLException {
        return new Framework(rs.getLong("id"), rs.getObject("effective_from", LocalDate.class),
                rs.getString("legal_basis"), rs.getString("note"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), groups);
    }
}
