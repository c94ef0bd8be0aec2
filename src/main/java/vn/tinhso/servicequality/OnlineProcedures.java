package vn.tinhso.servicequality;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The procedures with at least one online dossier received in a period ({@code sq_online_procedure}): one row per
 * unit, month, field and procedure, bit d−1 set when an online dossier was received on day d. A reception never
 * changes, so marking it again changes nothing.
 */
@Repository
class OnlineProcedures {

    /** Whether bit d−1 of {@code days} is set for some day d of the month within :from–:to. */
    private static final String IN_PERIOD = """
            month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
            AND days & (((1::bigint << CASE WHEN month + interval '1 month' > :to
                                            THEN extract(day FROM CAST(:to AS date))::int ELSE 31 END) - 1)
                        - ((1::bigint << (CASE WHEN month < :from
                                               THEN extract(day FROM CAST(:from AS date))::int ELSE 1 END - 1)) - 1)
                       )::int <> 0
            """;

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;
    private final UnitTree tree;

    OnlineProcedures(JdbcTemplate batch, JdbcClient jdbc, UnitTree tree) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** An online dossier of the procedure was received that day by the agency. */
    void mark(String agencyCode, String fieldCode, String procedureCode, LocalDate day) {
        var rows = new ArrayList<Object[]>();
        Date month = Date.valueOf(day.withDayOfMonth(1));
        int bit = 1 << (day.getDayOfMonth() - 1);
        tree.upwards(agencyCode).stream().sorted()
                .forEach(unit -> rows.add(new Object[] {unit, month, fieldCode, procedureCode, bit}));
        batch.batchUpdate("""
                INSERT INTO sq_online_procedure (unit_code, month, field_code, procedure_code, days)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (unit_code, month, field_code, procedure_code)
                DO UPDATE SET days = sq_online_procedure.days | excluded.days
                WHERE sq_online_procedure.days & excluded.days = 0
                """, rows);
    }

    /** How many procedures had an online dossier in the period, per unit; a field, or all ({@code null}). */
    Map<String, Long> count(Collection<String> units, String fieldCode, Period period) {
        List<Map.Entry<String, Long>> counts = jdbc.sql("""
                        SELECT unit_code, count(DISTINCT procedure_code) AS procedures
                        FROM sq_online_procedure
                        WHERE unit_code = ANY (string_to_array(:units, ','))
                          AND (CAST(:field AS text) IS NULL OR field_code = :field)
                          AND %s
                        GROUP BY unit_code
                        """.formatted(IN_PERIOD))
                .param("units", String.join(",", units)).param("field", fieldCode)
                .param("from", period.from()).param("to", period.to())
                .query((rs, row) -> Map.entry(rs.getString("unit_code"), rs.getLong("procedures"))).list();
        return counts.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** How many procedures of each field had an online dossier in the period, within one unit. */
    Map<String, Long> countByField(String unit, Period period) {
        List<Map.Entry<String, Long>> counts = jdbc.sql("""
                        SELECT field_code, count(DISTINCT procedure_code) AS procedures
                        FROM sq_online_procedure
                        WHERE unit_code = :unit AND %s
                        GROUP BY field_code
                        """.formatted(IN_PERIOD))
                .param("unit", unit).param("from", period.from()).param("to", period.to())
                .query((rs, row) -> Map.entry(rs.getString("field_code"), rs.getLong("procedures"))).list();
        return counts.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
