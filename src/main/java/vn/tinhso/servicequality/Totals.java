package vn.tinhso.servicequality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the figures from the day counters: flows are sums over the period's days, stocks sums over every day up to
 * the period's start or end (open = received − resolved − closed; overdue = due − finished by the due day −
 * finished after it). One index range per unit: a province's year is a few hundred rows.
 */
@Repository
class Totals {

    private static final String FINISHED = "resolved_early + resolved_on_time + resolved_late + closed";
    private static final String OPEN = "received_online + received_direct + received_postal - (" + FINISHED + ")";
    private static final String SUMS = """
            coalesce(sum(received_online) FILTER (WHERE day >= :from), 0) AS received_online,
            coalesce(sum(received_direct) FILTER (WHERE day >= :from), 0) AS received_direct,
            coalesce(sum(received_postal) FILTER (WHERE day >= :from), 0) AS received_postal,
            coalesce(sum(%1$s) FILTER (WHERE day < :from), 0) AS carried_over,
            coalesce(sum(resolved_early) FILTER (WHERE day >= :from), 0) AS resolved_early,
            coalesce(sum(resolved_on_time) FILTER (WHERE day >= :from), 0) AS resolved_on_time,
            coalesce(sum(resolved_late) FILTER (WHERE day >= :from), 0) AS resolved_late,
            coalesce(sum(processing_minutes) FILTER (WHERE day >= :from), 0) AS processing_minutes,
            coalesce(sum(closed) FILTER (WHERE day >= :from), 0) AS closed,
            coalesce(sum(%1$s), 0) AS open_at_end,
            coalesce(sum(due - finished_by_due - finished_after_due), 0) AS overdue_at_end,
            coalesce(sum(electronic_results) FILTER (WHERE day >= :from), 0) AS electronic_results,
            coalesce(sum(digitised) FILTER (WHERE day >= :from), 0) AS digitised,
            coalesce(sum(with_fee) FILTER (WHERE day >= :from), 0) AS with_fee,
            coalesce(sum(paid_online) FILTER (WHERE day >= :from), 0) AS paid_online,
            coalesce(sum(very_satisfied) FILTER (WHERE day >= :from), 0) AS very_satisfied,
            coalesce(sum(satisfied) FILTER (WHERE day >= :from), 0) AS satisfied,
            coalesce(sum(dissatisfied) FILTER (WHERE day >= :from), 0) AS dissatisfied
            """.formatted(OPEN);

    private final JdbcClient jdbc;

    Totals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of each unit for a field, or all fields ({@code null}); units without a row are left out. */
    Map<String, Figures> byUnit(Collection<String> units, String fieldCode, Period period) {
        var figures = new HashMap<String, Figures>();
        jdbc.sql("""
                        SELECT unit_code AS key, %s
                        FROM sq_day
                        WHERE unit_code = ANY (string_to_array(:units, ',')) AND field_code = :field AND day <= :to
                        GROUP BY unit_code
                        """.formatted(SUMS))
                .param("units", String.join(",", units))
                .param("field", fieldCode == null ? DayCounters.ALL_FIELDS : fieldCode)
                .param("from", period.from()).param("to", period.to())
                .query(rs -> {
                    figures.put(rs.getString("key"), figures(rs));
                });
        return figures;
    }

    /** The figures of each field within a unit; fields without a row are left out. */
    Map<String, Figures> byField(String unit, Period period) {
        var figures = new HashMap<String, Figures>();
        jdbc.sql("""
                        SELECT field_code AS key, %s
                        FROM sq_day
                        WHERE unit_code = :unit AND field_code <> '' AND day <= :to
                        GROUP BY field_code
                        """.formatted(SUMS))
                .param("unit", unit).param("from", period.from()).param("to", period.to())
                .query(rs -> {
                    figures.put(rs.getString("key"), figures(rs));
                });
        return figures;
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        long open = rs.getLong("open_at_end");
        long overdue = rs.getLong("overdue_at_end");
        return new Figures(rs.getLong("received_online"), rs.getLong("received_direct"),
                rs.getLong("received_postal"), rs.getLong("carried_over"), rs.getLong("resolved_early"),
                rs.getLong("resolved_on_time"), rs.getLong("resolved_late"), rs.getLong("processing_minutes"),
                rs.getLong("closed"), open - overdue, overdue, rs.getLong("electronic_results"),
                rs.getLong("digitised"), rs.getLong("with_fee"), rs.getLong("paid_online"),
                rs.getLong("very_satisfied"), rs.getLong("satisfied"), rs.getLong("dissatisfied"), 0, 0, 0, 0);
    }
}
