package vn.tinhso.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrative units of Vietnam, before and after the reform of 01/07/2025 (Nghị quyết 202/2025/QH15),
 * looked up by code on a given day; other modules use it to name the unit of a dossier, a ranking or an account.
 */
@Component
public class AdminUnits {

    private final JdbcClient jdbc;

    AdminUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The unit with that code valid on that day. Codes are reused across periods (province 31 is Hải Phòng both
     * before and after 01/07/2025, but a different unit), so the day chooses between them.
     *
     * @param code GSO/NSO code, zero-padded: province {@code 31}, district {@code 288}, commune {@code 10525}
     * @param on the day the unit must be valid on
     * @return the unit, or empty when no unit had that code on that day
     */
    public Optional<AdminUnit> find(String code, LocalDate on) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.type, u.name, u.parent_id, u.valid_from, u.valid_to
                        FROM admin_unit u
                        WHERE u.code = :code
                          AND (u.valid_from IS NULL OR u.valid_from <= :on)
                          AND (u.valid_to IS NULL OR u.valid_to >= :on)
                        """)
                .param("code", code)
                .param("on", on)
                .query(AdminUnits::unit)
                .optional();
    }

    /**
     * The units that took over all or part of this unit, e.g. Thành phố Hải Phòng (31, from 01/07/2025) for Tỉnh
     * Hải Dương (30), or the several new communes a divided commune went into.
     *
     * @param unitId the earlier unit's {@link AdminUnit#id()}
     * @return the successors ordered by code; empty for a current unit and for a district that simply ended
     */
    public List<AdminUnit> successorsOf(long unitId) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.type, u.name, u.parent_id, u.valid_from, u.valid_to
                        FROM unit_succession s JOIN admin_unit u ON u.id = s.successor_id
                        WHERE s.predecessor_id = :id
                        ORDER BY u.code
                        """)
                .param("id", unitId)
                .query(AdminUnits::unit)
                .list();
    }

    /** The unit with that id, in any period. */
    Optional<AdminUnit> byId(long id) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.type, u.name, u.parent_id, u.valid_from, u.valid_to
                        FROM admin_unit u
                        WHERE u.id = :id
                        """)
                .param("id", id)
                .query(AdminUnits::unit)
                .optional();
    }

    static AdminUnit unit(ResultSet row, int number) throws SQLException {
        return new AdminUnit(row.getLong("id"), row.getString("code"), UnitLevel.valueOf(row.getString("level")),
                row.getString("type"), row.getString("name"), row.getObject("parent_id", Long.class),
                row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class));
    }
}
