package vn.tinhso.organization;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.platform.TinhsoProperties;

/**
 * Loads the demo agencies of Hải Phòng (and the former ones of Hải Dương) from
 * {@code organization/demo-agencies.csv} when demo data is enabled, adding those whose code is not there yet. Runs after the
 * units are loaded, because each agency names the unit it serves.
 */
@Component
@Order(11)
class DemoAgencies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgencies.class);

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoAgencies(JdbcClient jdbc, AdminUnits units, TransactionTemplate transaction, TinhsoProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.transaction = transaction;
        this.enabled = properties.demo().enabled();
    }

    /** One line of the file, checked: a well-formed code and a unit that exists on the agency's dates. */
    record Row(AgencyCode code, String name, AgencyKind kind, long unitId, String parentCode, LocalDate validFrom,
               LocalDate validTo, String successorCode, String note) {
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (!enabled) {
            return;
        }
        List<Row> rows = read();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tinhso.organization.agency'))").query().singleRow();
            // Demo agencies added in a later release reach databases created before it; existing rows stay as they are.
            List<Row> added = rows.stream().filter(this::insert).toList();
            added.forEach(this::link);
            if (!added.isEmpty()) {
                log.info("Loaded {} demo agencies", added.size());
            }
        });
    }

    private List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (var line : CsvFile.read(new ClassPathResource("organization/demo-agencies.csv"))) {
            LocalDate from = date(line.optional("valid_from"));
            LocalDate to = date(line.optional("valid_to"));
            LocalDate on = from != null ? from : to;
            AdminUnit unit = units.find(line.get("unit_code"), on).orElseThrow(() -> new IllegalStateException(
                    line.where() + ": no unit " + line.get("unit_code") + " on " + on));
            rows.add(new Row(new AgencyCode(line.get("code")), line.get("name"), AgencyKind.valueOf(line.get("kind")),
                    unit.id(), line.optional("parent_code"), from, to, line.optional("successor_code"),
                    line.optional("note_vi")));
        }
        Set<String> codes = rows.stream().map(row -> row.code().value()).collect(Collectors.toSet());
        for (Row row : rows) {
            for (String other : new String[] {row.parentCode(), row.successorCode()}) {
                if (other != null && !codes.contains(other)) {
                    throw new IllegalStateException("demo-agencies.csv: " + row.code() + " refers to unknown " + other);
                }
            }
        }
        return rows;
    }

    /** Inserts the agency unless its code is taken; answers whether it was inserted. */
    private boolean insert(Row row) {
        return jdbc.sql("""
                        INSERT INTO agency (code, name, kind, unit_id, valid_from, valid_to, note_vi)
                        VALUES (:code, :name, :kind, :unitId, :validFrom, :validTo, :note)
                        ON CONFLICT (code) DO NOTHING
                        """)
                .param("code", row.code().value())
                .param("name", row.name())
                .param("kind", row.kind().name())
                .param("unitId", row.unitId())
                .param("validFrom", row.validFrom())
                .param("validTo", row.validTo())
                .param("note", row.note())
                .update() == 1;
    }

    private void link(Row row) {
        jdbc.sql("""
                        UPDATE agency
                        SET parent_id = (SELECT id FROM agency WHERE code = :parent),
                            successor_id = (SELECT id FROM agency WHERE code = :successor)
                        WHERE code = :code
                        """)
                .param("parent", row.parentCode())
                .param("successor", row.successorCode())
                .param("code", row.code().value())
                .update();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
