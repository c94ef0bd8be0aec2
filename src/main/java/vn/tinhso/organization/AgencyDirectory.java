package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the agency pages show beyond {@link Agencies}: the unit, the parent, the successor and related agencies. */
@Component
class AgencyDirectory {

    /**
     * One agency with the names of the unit, parent and successor it refers to. {@code mergedOn} is the day its work
     * reached the successor: the day after it ended, or later when it went through an agency not recorded here.
     */
    record Detail(long id, String code, String name, AgencyKind kind, long unitId, String unitCode, String unitName,
                  LocalDate validFrom, LocalDate validTo, String note, String parentCode, String parentName,
                  String successorCode, String successorName, LocalDate mergedOn) {
    }

    /** Another agency as a link: a sub-agency or an agency whose work this one took over. */
    record Related(String code, String name, AgencyKind kind, LocalDate validTo) {
    }

    private final JdbcClient jdbc;

    AgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Detail> detail(AgencyCode code) {
        return jdbc.sql("""
                        SELECT a.id, a.code, a.name, a.kind, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name,
                               a.valid_from, a.valid_to, a.note_vi AS note,
                               p.code AS parent_code, p.name AS parent_name,
                               s.code AS successor_code, s.name AS successor_name,
                               GREATEST(a.valid_to + 1, s.valid_from) AS merged_on
                        FROM agency a
                        JOIN admin_unit u ON u.id = a.unit_id
                        LEFT JOIN agency p ON p.id = a.parent_id
                        LEFT JOIN agency s ON s.id = a.successor_id
                        WHERE a.code = :code
                        """)
                .param("code", code.value())
                .query(Detail.class)
                .optional();
    }

    /** Agencies directly under this one, current ones first. */
    List<Related> children(long agencyId) {
        return jdbc.sql("""
                        SELECT a.code, a.name, a.kind, a.valid_to FROM agency a
                        WHERE a.parent_id = :id
                        ORDER BY a.valid_to IS NOT NULL, a.code
                        """)
                .param("id", agencyId)
                .query(Related.class)
                .list();
    }

    /** Agencies that merged into this one. */
    List<Related> predecessors(long agencyId) {
        return jdbc.sql("""
                        SELECT a.code, a.name, a.kind, a.valid_to FROM agency a
                        WHERE a.successor_id = :id
                        ORDER BY a.code
                        """)
                .param("id", agencyId)
                .query(Related.class)
                .list();
    }
}
