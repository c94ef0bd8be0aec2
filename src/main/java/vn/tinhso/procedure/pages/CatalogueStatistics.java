package vn.tinhso.procedure.pages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.procedure.ProcedureLevel;

/**
 * The figures the province publishes about its catalogue (procedures offered, online một phần / toàn trình, on the
 * national portal, with fees), per agency and level, per level, and for the whole province; abolished procedures
 * are not offered and not counted. A procedure implemented by two agencies counts once for each agency but once
 * only in the level and province figures.
 */
@Component
class CatalogueStatistics {

    private final JdbcClient jdbc;
    private final Agencies agencies;

    CatalogueStatistics(JdbcClient jdbc, Agencies agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** The counts of one group of procedures. */
    record Figures(long offered, long partial, long fullProcess, long onPortal, long withFees) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0);

        public long online() {
            return partial + fullProcess;
        }

        public long offline() {
            return offered - online();
        }

        /** {@code part} as a percentage of the procedures offered, rounded, for people to read. */
        public long percent(long part) {
            return offered == 0 ? 0 : (part * 100 + offered / 2) / offered;
        }

        /** {@code part} as a CSS width, e.g. {@code 37.5%}. */
        public String width(long part) {
            long permille = offered == 0 ? 0 : part * 1000 / offered;
            return permille / 10 + "." + permille % 10 + "%";
        }
    }

    record AgencyLine(String code, String name, ProcedureLevel level, Figures figures) {
    }

    record LevelLine(ProcedureLevel level, Figures figures) {
    }

    record Catalogue(List<AgencyLine> agencies, List<LevelLine> levels, Figures total) {
    }

    /** The figures of the procedures in force today, of one field ({@code fieldCode}) or of all when null. */
    Catalogue today(String fieldCode) {
        var byAgency = new ArrayList<AgencyLine>();
        var byLevel = new ArrayList<LevelLine>();
        var total = new Figures[] {Figures.NONE};
        jdbc.sql("""
                SELECT a.agency_code, p.level, GROUPING(a.agency_code) AS every_agency, GROUPING(p.level) AS every_level,
                       count(DISTINCT p.code) AS offered,
                       count(DISTINCT p.code) FILTER (WHERE p.online_level = 'PARTIAL') AS partial,
                       count(DISTINCT p.code) FILTER (WHERE p.online_level = 'FULL_PROCESS') AS full_process,
                       count(DISTINCT p.code) FILTER (WHERE p.on_national_portal) AS on_portal,
                       count(DISTINCT p.code) FILTER (WHERE p.total_fees > 0) AS with_fees
                FROM procedure_in_force p CROSS JOIN LATERAL unnest(p.agency_codes) AS a(agency_code)
                WHERE NOT p.abolished AND (CAST(:field AS text) IS NULL OR p.field_code = :field)
                GROUP BY GROUPING SETS ((a.agency_code, p.level), (p.level), ())
                ORDER BY every_agency, a.agency_code, array_position(ARRAY['PROVINCE', 'DISTRICT', 'COMMUNE'], p.level)
                """).param("field", fieldCode).query((ResultSet rs) -> {
                    Figures figures = figures(rs);
                    if (rs.getInt("every_level") == 1) {
                        total[0] = figures;
                    } else if (rs.getInt("every_agency") == 1) {
                        byLevel.add(new LevelLine(ProcedureLevel.valueOf(rs.getString("level")), figures));
                    } else {
                        String code = rs.getString("agency_code");
                        byAgency.add(new AgencyLine(code, name(code), ProcedureLevel.valueOf(rs.getString("level")), figures));
                    }
                });
        return new Catalogue(byAgency, byLevel, total[0]);
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(rs.getLong("offered"), rs.getLong("partial"), rs.getLong("full_process"),
                rs.getLong("on_portal"), rs.getLong("with_fees"));
    }

    private String name(String code) {
        try {
            return agencies.find(new AgencyCode(code)).map(Agency::name).orElse(code);
        } catch (IllegalArgumentException malformed) {
            return code;
        }
    }
}
