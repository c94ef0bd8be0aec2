package vn.tinhso.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agencies of the province, current and former, looked up by identifier code (Quyết định 20/2020/QĐ-TTg);
 * other modules use it to find who receives a dossier and to build dossier codes.
 */
@Component
public class Agencies {

    /** "Today" is the day in Vietnam, whatever the server's time zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The agency with that identifier code, current or former.
     *
     * @param code identifier code, e.g. {@code 000.00.00.H26}
     * @return the agency, or empty when no agency has that code
     */
    public Optional<Agency> find(AgencyCode code) {
        return jdbc.sql("""
                        SELECT a.id, a.code, a.name, a.kind, u.code AS unit_code, u.name AS unit_name,
                               a.valid_from, a.valid_to
                        FROM agency a JOIN admin_unit u ON u.id = a.unit_id
                        WHERE a.code = :code
                        """)
                .param("code", code.value())
                .query(Agencies::agency)
                .optional();
    }

    /**
     * The agencies that work on behalf of the given ones: each agency itself and the agencies under it (its
     * one-stop desk, its units), at any depth. An officer of a commune's one-stop desk thereby acts for the
     * commune's People's Committee.
     *
     * @param codes identifier codes of agencies where someone holds a role
     * @return those codes and every agency those agencies belong to, as codes
     */
    public Set<String> actingFor(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        WITH RECURSIVE up AS (
                            SELECT id, code, parent_id FROM agency WHERE code IN (:codes)
                            UNION
                            SELECT p.id, p.code, p.parent_id FROM agency p JOIN up ON p.id = up.parent_id)
                        SELECT code FROM up
                        """)
                .param("codes", codes)
                .query(String.class)
                .list());
    }

    /**
     * An agency and every agency below it (a People's Committee and its one-stop desk): the agencies whose
     * officers act for it, the reverse of {@link #actingFor(Collection)}.
     *
     * @param code an agency code
     * @return the codes, including {@code code} itself when it exists
     */
    public Set<String> within(String code) {
        return new HashSet<>(jdbc.sql("""
                        WITH RECURSIVE down AS (
                            SELECT id, code FROM agency WHERE code = :code
                            UNION
                            SELECT c.id, c.code FROM agency c JOIN down ON c.parent_id = down.id)
                        SELECT code FROM down
                        """)
                .param("code", code)
                .query(String.class)
                .list());
    }

    /**
     * The agencies whose work passed to this one through mergers, at any depth: those whose successor it is, their
     * own predecessors, and so on (Sở Thông tin và Truyền thông tỉnh Hải Dương → Sở Khoa học và Công nghệ thành
     * phố Hải Phòng).
     *
     * @param code an agency code
     * @return the predecessors' codes, ordered; empty when none
     */
    public List<String> predecessors(String code) {
        return jdbc.sql("""
                        WITH RECURSIVE earlier AS (
                            SELECT p.id, p.code FROM agency p JOIN agency a ON p.successor_id = a.id WHERE a.code = :code
                            UNION
                            SELECT p.id, p.code FROM agency p JOIN earlier e ON p.successor_id = e.id)
                        SELECT code FROM earlier ORDER BY code
                        """)
                .param("code", code)
                .query(String.class)
                .list();
    }

    /**
     * The agencies working today (in Vietnam), ordered by code.
     *
     * @return agencies whose validity period contains today
     */
    public List<Agency> current() {
        return list(false);
    }

    /** Agencies working today, or ({@code former}) those that stopped before today; ordered by code. */
    List<Agency> list(boolean former) {
        return jdbc.sql("""
                        SELECT a.id, a.code, a.name, a.kind, u.code AS unit_code, u.name AS unit_name,
                               a.valid_from, a.valid_to
                        FROM agency a JOIN admin_unit u ON u.id = a.unit_id
                        WHERE CASE WHEN :former THEN a.valid_to < :today
                                   ELSE (a.valid_from IS NULL OR a.valid_from <= :today)
                                        AND (a.valid_to IS NULL OR a.valid_to >= :today) END
                        ORDER BY a.code
                        """)
                .param("today", today())
                .param("former", former)
                .query(Agencies::agency)
                .list();
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    static Agency agency(ResultSet row, int number) throws SQLException {
        return new Agency(row.getLong("id"), new AgencyCode(row.getString("code")), row.getString("name"),
                AgencyKind.valueOf(row.getString("kind")), row.getString("unit_code"), row.getString("unit_name"),
                row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class));
    }
}
