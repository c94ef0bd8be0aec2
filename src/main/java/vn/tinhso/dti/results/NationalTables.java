package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.cycle.DtiAccess;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The national DTI tables: imported from a CSV file or a workbook (a header {@code province_code, province_name}
 * and one column per main-index code of the framework; one row per province with values 0–1), validated whole —
 * every bad cell is reported and nothing is stored until the file is valid — and stored in place of the year's
 * previous table.
 */
@Service
public class NationalTables {

    private static final TypeReference<Map<String, BigDecimal>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final StoredFrameworks frameworks;
    private final DtiAccess access;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    NationalTables(JdbcClient jdbc, StoredFrameworks frameworks, DtiAccess access, AuditLog audit, JsonMapper json,
                   Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Imports a year's table as a keeper of the DTI's reference data. */
    @Transactional
    public NationalTable importTable(CurrentUser user, NewTable table, byte[] content) {
        if (!access.keepsReferenceData(user)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.framework.not-keeper");
        }
        NationalTable stored = store(table, content, user.username());
        audit.record(user.username(), "dti.national.imported", "dti-national/" + table.year(),
                stored.rows().size() + " provinces, " + table.frameworkCode());
        return stored;
    }

    /** Validates and stores a table; with any problem, nothing. */
    @Transactional
    NationalTable store(NewTable table, byte[] content, String by) {
        if (table.year() < 2018 || table.year() > 2100) {
            throw Refusal.of("dti.period.year-range", String.valueOf(table.year()));
        }
        Framework framework = frameworks.latest(table.frameworkCode())
                .orElseThrow(() -> Refusal.of("dti.national.unknown-framework", String.valueOf(table.frameworkCode())))
                .framework();
        var problems = new ArrayList<TableProblem>();
        List<NationalTable.Row> rows = TableCheck.rows(framework, TableFile.read(content), problems);
        if (!problems.isEmpty()) {
            throw new RefusedTable(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM dti_national_table WHERE year = :year").param("year", table.year()).update();
        jdbc.sql("""
                INSERT INTO dti_national_table (year, framework_code, source, illustrative, imported_by, imported_at)
                VALUES (:year, :framework, :source, :illustrative, :by, :at)
                """)
                .param("year", table.year()).param("framework", framework.code())
                .param("source", table.source() == null || table.source().isBlank() ? "—" : table.source().strip())
                .param("illustrative", table.illustrative()).param("by", by).param("at", Timestamp.from(now))
                .update();
        for (NationalTable.Row row : rows) {
            jdbc.sql("""
                    INSERT INTO dti_national_value (year, province_code, province_name, index_values)
                    VALUES (:year, :code, :name, CAST(:values AS jsonb))
                    """)
                    .param("year", table.year()).param("code", row.provinceCode()).param("name", row.provinceName())
                    .param("values", json.writeValueAsString(row.values())).update();
        }
        return find(table.year()).orElseThrow();
    }

    /** Years with a table, oldest first. */
    public List<Integer> years() {
        return jdbc.sql("SELECT year FROM dti_national_table ORDER BY year").query(Integer.class).list();
    }

    public Optional<NationalTable> find(int year) {
        List<NationalTable.Row> rows = jdbc.sql("""
                SELECT province_code, province_name, index_values::text AS index_values
                FROM dti_national_value WHERE year = :year ORDER BY province_code
                """)
                .param("year", year)
                .query((rs, n) -> new NationalTable.Row(rs.getString("province_code"), rs.getString("province_name"),
                        json.readValue(rs.getString("index_values"), VALUES)))
                .list();
        return jdbc.sql("SELECT * FROM dti_national_table WHERE year = :year").param("year", year)
                .query((rs, n) -> new NationalTable(rs.getInt("year"), rs.getString("framework_code"),
                        rs.getString("source"), rs.getBoolean("illustrative"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(), rows))
                .optional();
    }

    /** The table, or a 404. */
    public NationalTable get(int year) {
        return find(year).orElseThrow(() -> new NotFound("bảng kết quả DTI quốc gia", String.valueOf(year)));
    }

    /**
     * What the importer says about the table beside the file.
     *
     * @param frameworkCode the framework of the values, e.g. {@code 922-province}
     * @param source the decision or report that published the figures
     * @param illustrative whether the figures are for demonstration only
     */
    public record NewTable(int year, String frameworkCode, String source, boolean illustrative) {
    }

    /**
     * A bad cell or row of a table file.
     *
     * @param line the line (CSV) or row (workbook) number, 1-based
     * @param column the column's header, or empty for the whole row
     * @param code the message key
     * @param arguments its arguments
     */
    public record TableProblem(int line, String column, String code, List<String> arguments) {
    }

    /** A table file with problems; nothing was stored. */
    public static class RefusedTable extends Refusal {

        private final transient List<TableProblem> problems;

        RefusedTable(List<TableProblem> problems) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "dti.national.invalid", String.valueOf(problems.size()));
            this.problems = List.copyOf(problems);
        }

        public List<TableProblem> problems() {
            return problems;
        }
    }

    /** The checks of a table file against the framework's main indices. */
    static final class TableCheck {

        private TableCheck() {
        }

        static List<NationalTable.Row> rows(Framework framework, List<TableFile.Line> lines,
                                            List<TableProblem> problems) {
            if (lines.isEmpty()) {
                problems.add(new TableProblem(1, "", "dti.national.no-header", List.of()));
                return List.of();
            }
            TableFile.Line header = lines.get(0);
            List<String> columns = header.cells().stream().map(String::strip).toList();
            var known = new LinkedHashMap<Integer, String>();
            var seen = new HashSet<String>();
            for (int i = 2; i < columns.size(); i++) {
                String code = columns.get(i);
                if (code.isEmpty()) {
                    continue;
                }
                if (framework.mainIndex(code).isEmpty()) {
                    problems.add(new TableProblem(header.number(), code, "dti.national.unknown-index",
                            List.of(code, framework.code())));
                } else if (!seen.add(code)) {
                    problems.add(new TableProblem(header.number(), code, "dti.national.duplicate-index", List.of(code)));
                } else {
                    known.put(i, code);
                }
            }
            for (MainIndex index : framework.countedMainIndices()) {
                if (!seen.contains(index.code())) {
                    problems.add(new TableProblem(header.number(), index.code(), "dti.national.missing-index",
                            List.of(index.code(), index.name())));
                }
            }
            var rows = new ArrayList<NationalTable.Row>();
            var provinces = new HashSet<String>();
            for (TableFile.Line line : lines.subList(1, lines.size())) {
                rows.add(row(line, known, provinces, problems));
            }
            if (rows.size() < 2) {
                problems.add(new TableProblem(header.number(), "", "dti.national.too-few", List.of()));
            }
            return rows;
        }

        private static NationalTable.Row row(TableFile.Line line, Map<Integer, String> columns, HashSet<String> provinces,
                                             List<TableProblem> problems) {
            List<String> cells = line.cells();
            String code = cells.isEmpty() ? "" : cells.get(0).strip();
            String name = cells.size() < 2 ? "" : cells.get(1).strip();
            if (!code.matches("\\d{2}")) {
                problems.add(new TableProblem(line.number(), "province_code", "dti.national.bad-province", List.of(code)));
            } else if (!provinces.add(code)) {
                problems.add(new TableProblem(line.number(), "province_code", "dti.national.duplicate-province",
                        List.of(code)));
            }
            if (name.isEmpty()) {
                problems.add(new TableProblem(line.number(), "province_name", "dti.national.no-name", List.of(code)));
            }
            var values = new LinkedHashMap<String, BigDecimal>();
            columns.forEach((column, index) -> {
                String text = column < cells.size() ? cells.get(column).strip().replace(',', '.') : "";
                try {
                    BigDecimal value = new BigDecimal(text);
                    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                            || value.stripTrailingZeros().scale() > 4) {
                        problems.add(new TableProblem(line.number(), index, "dti.national.bad-value",
                                List.of(text, index)));
                    } else {
                        values.put(index, value);
                    }
                } catch (NumberFormatException notANumber) {
                    problems.add(new TableProblem(line.number(), index, "dti.national.bad-value", List.of(text, index)));
                }
            });
            return new NationalTable.Row(code, name, values);
        }
    }
}
