package vn.tinhso.organization;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the unit pages show: provinces with their counts, search, children and the history of a unit. */
@Component
class UnitDirectory {

    static final int SEARCH_LIMIT = 50;

    /** A province with the number of its districts (before 01/07/2025) and communes. */
    record ProvinceRow(long id, String code, String type, String name, long districts, long communes) {
    }

    /** A unit found by the search, with the unit it belongs to. */
    record Found(long id, String code, UnitLevel level, String type, String name, String parentName,
                 LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * The other side of a succession: a successor (or predecessor) with the conversion table's note; {@code partners}
     * is how many units are on this unit's side of the other one (1: it alone became the other unit).
     */
    record Link(long id, String code, String type, String name, LocalDate effectiveOn, String note, boolean split,
                long partners) {
    }

    private final JdbcClient jdbc;

    UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The provinces valid on that day, by code. */
    List<ProvinceRow> provinces(LocalDate on) {
        return jdbc.sql("""
                        SELECT p.id, p.code, p.type, p.name,
                               (SELECT count(*) FROM admin_unit d
                                WHERE d.parent_id = p.id AND d.level = 'DISTRICT') AS districts,
                               (SELECT count(*) FROM admin_unit c
                                WHERE c.level = 'COMMUNE'
                                  AND (c.parent_id = p.id
                                       OR c.parent_id IN (SELECT d.id FROM admin_unit d WHERE d.parent_id = p.id))
                               ) AS communes
                        FROM admin_unit p
                        WHERE p.level = 'PROVINCE'
                          AND (p.valid_from IS NULL OR p.valid_from <= :on)
                          AND (p.valid_to IS NULL OR p.valid_to >= :on)
                        ORDER BY p.code
                        """)
                .param("on", on)
                .query(ProvinceRow.class)
                .list();
    }

    /**
     * Units whose name contains the words typed, with or without diacritics ({@code hai duong} finds Tỉnh Hải
     * Dương), or whose code is the one typed; current units first, at most {@value #SEARCH_LIMIT}.
     */
    List<Found> search(String typed) {
        String words = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.type, u.name, p.name AS parent_name, u.valid_from, u.valid_to
                        FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id
                        WHERE lower(unaccent(u.name)) LIKE lower(unaccent(:pattern)) ESCAPE '\\'
                           OR u.code = :code
                        ORDER BY u.valid_to IS NULL DESC,
                                 CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END,
                                 u.name, u.code
                        LIMIT :limit
                        """)
                .param("pattern", pattern)
                .param("code", words)
                .param("limit", SEARCH_LIMIT)
                .query(Found.class)
                .list();
    }

    long countChildren(long unitId) {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE parent_id = :id")
                .param("id", unitId).query(Long.class).single();
    }

    List<AdminUnit> children(long unitId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.type, u.name, u.parent_id, u.valid_from, u.valid_to
                        FROM admin_unit u
                        WHERE u.parent_id = :id
                        ORDER BY u.code
                        LIMIT :limit OFFSET :offset
                        """)
                .param("id", unitId).param("limit", limit).param("offset", offset)
                .query(AdminUnits::unit)
                .list();
    }

    /** The units this one went into, with the notes of the conversion table. */
    List<Link> successors(long unitId) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.type, u.name, s.effective_on, s.note_vi AS note, s.split,
                               (SELECT count(*) FROM unit_succession o WHERE o.successor_id = u.id) AS partners
                        FROM unit_succession s JOIN admin_unit u ON u.id = s.successor_id
                        WHERE s.predecessor_id = :id
                        ORDER BY u.code
                        """)
                .param("id", unitId)
                .query(Link.class)
                .list();
    }

    /** The units this one was formed from, with the notes of the conversion table. */
    List<Link> predecessors(long unitId) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.type, u.name, s.effective_on, s.note_vi AS note, s.split,
                               (SELECT count(*) FROM unit_succession o WHERE o.predecessor_id = u.id) AS partners
                        FROM unit_succession s JOIN admin_unit u ON u.id = s.predecessor_id
                        WHERE s.successor_id = :id
                        ORDER BY u.code
                        """)
                .param("id", unitId)
                .query(Link.class)
                .list();
    }
}
