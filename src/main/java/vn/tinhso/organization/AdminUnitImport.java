package vn.tinhso.organization;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national lists of administrative units into an empty database at start-up, in every environment:
 * all units and successions in one transaction (a crash half-way leaves nothing), with COPY, so it takes a couple of
 * seconds. Inconsistent lists stop the start-up with every problem listed.
 */
@Component
@Order(10)
class AdminUnitImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminUnitImport.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    AdminUnitImport(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        transaction.executeWithoutResult(status -> {
            // Two instances starting on one empty database: the second waits, then finds the units there.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tinhso.organization.admin_unit'))").query().singleRow();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM admin_unit)").query(Boolean.class).single()) {
                return;
            }
            try {
                load();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not load the administrative units", e);
            }
        });
    }

    private void load() throws IOException, SQLException {
        long started = System.nanoTime();
        UnitRegister register = NationalUnitLists.read();
        var units = new CopyRows();
        register.units().forEach(unit -> units.add(unit.id(), unit.code(), unit.level(), unit.type(), unit.name(),
                unit.parentId(), unit.validFrom(), unit.validTo()));
        var successions = new CopyRows();
        register.successions().forEach(succession -> successions.add(succession.predecessorId(),
                succession.successorId(), succession.effectiveOn(), succession.note(), succession.split()));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long unitCount;
        long successionCount;
        try {
            unitCount = units.copyInto(connection,
                    "admin_unit (id, code, level, type, name, parent_id, valid_from, valid_to)");
            successionCount = successions.copyInto(connection,
                    "unit_succession (predecessor_id, successor_id, effective_on, note_vi, split)");
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("SELECT setval(pg_get_serial_sequence('admin_unit', 'id'), (SELECT max(id) FROM admin_unit))")
                .query().singleRow();
        log.info("Loaded {} administrative units {} and {} successions in {} ms", unitCount, register.counts(),
                successionCount, (System.nanoTime() - started) / 1_000_000);
    }
}
