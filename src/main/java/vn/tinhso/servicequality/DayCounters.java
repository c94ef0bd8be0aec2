package vn.tinhso.servicequality;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the day counters ({@code sq_day}): a dossier's change is added to the rows of its agency and of every unit
 * above it, for its field and for all fields ({@code ''}), in one batch. Rows are written in key order, so two
 * dossiers changing the same province rows at once wait for each other instead of deadlocking.
 */
@Repository
class DayCounters {

    static final String ALL_FIELDS = "";

    private static final String UPSERT = """
            INSERT INTO sq_day (unit_code, field_code, day, %s)
            VALUES (?, ?, ?, %s)
            ON CONFLICT (unit_code, field_code, day) DO UPDATE SET %s
            """.formatted(Counter.columns("", ""), String.join(", ", Collections.nCopies(Counter.COUNT, "?")),
            Counter.columns("# = sq_day.# + excluded.", ""));

    private final JdbcTemplate jdbc;
    private final UnitTree tree;

    DayCounters(JdbcTemplate jdbc, UnitTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** Adds the counts (negative to take away) to the agency's rows and those of every unit above it. */
    void add(String agencyCode, String fieldCode, Map<LocalDate, long[]> counts) {
        if (counts.isEmpty()) {
            return;
        }
        var rows = new ArrayList<Object[]>();
        for (String unit : tree.upwards(agencyCode)) {
            for (String field : List.of(fieldCode, ALL_FIELDS)) {
                counts.forEach((day, values) -> rows.add(row(unit, field, day, values)));
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[1])
                .thenComparing(r -> (Date) r[2]));
        jdbc.batchUpdate(UPSERT, rows);
    }

    private static Object[] row(String unit, String field, LocalDate day, long[] values) {
        Object[] row = new Object[3 + values.length];
        row[0] = unit;
        row[1] = field;
        row[2] = Date.valueOf(day);
        for (int i = 0; i < values.length; i++) {
            row[3 + i] = values[i];
        }
        return row;
    }
}
