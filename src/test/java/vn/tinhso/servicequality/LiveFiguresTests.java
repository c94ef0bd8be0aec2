package vn.tinhso.servicequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.dossier.DossierCode;
import vn.tinhso.dossier.DossierRated;
import vn.tinhso.dossier.DossierReceived;
import vn.tinhso.dossier.DossierScenario;
import vn.tinhso.dossier.DossierWithdrawn;
import vn.tinhso.dossier.ResultIssued;
import vn.tinhso.dossier.Satisfaction;
import vn.tinhso.dossier.SupplementCompleted;
import vn.tinhso.organization.WorkingCalendar;

/**
 * Thousands of dossiers written over the past year, told to the statistics by their events (some twice, some late),
 * then moved on: the live counters equal a full recomputation counter for counter, and the dossiers counted one by
 * one.
 */
@SpringBootTest
class LiveFiguresTests {

    static final String ROOT = "T00.00.00.H99";
    static final List<String> AGENCIES = List.of(ROOT, "T01.00.00.H99", "T01.01.00.H99", "T02.00.00.H99",
            "T03.00.00.H99");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Recomputation recomputation;
    @Autowired
    Statistics statistics;
    @Autowired
    UnitTree tree;

    @Test
    void liveCountersEqualAFullRecomputationAndTheDossiersThemselves() {
        DossierScenario.in(context);
        TestAgencies.add(jdbc, tree);
        Instant now = Instant.now();
        transaction.executeWithoutResult(status -> GeneratedDossiers.write(jdbc, AGENCIES,
                List.of(DossierScenario.PROCEDURE, DossierScenario.DESK_PROCEDURE), 1, 3000,
                now.minus(Duration.ofDays(400)), now, 0.25));
        List<Generated> generated = jdbc.sql("""
                        SELECT code, agency_code, received_at, due_at FROM dossier
                        WHERE registered_by = 'generator' AND agency_code LIKE 'T0%' AND received_at IS NOT NULL
                        ORDER BY id
                        """)
                .query((rs, row) -> new Generated(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
                .list();
        assertThat(generated).hasSizeGreaterThan(2500);

        publish(generated, g -> new DossierReceived(new DossierCode(g.code()), g.agency(), g.received(), g.due()));
        publish(generated.subList(0, 300), // told twice, and something else: nothing counts twice
                g -> new SupplementCompleted(new DossierCode(g.code()), g.received(), g.due()));
        DossierCounts.settle(jdbc);

        moveOn(now);
        DossierCounts.settle(jdbc);
        String live = snapshot();

        recomputation.runNow("test");
        assertThat(snapshot()).isEqualTo(live);
        assertThat(recomputation.latest()).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("DONE"));

        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        for (Period period : List.of(Period.year(today.getYear()), Period.year(today.getYear() - 1),
                Period.month(today.getYear(), today.getMonthValue()), Period.quarter(today.getYear(), 1),
                Period.of(today.minusDays(100), today), Period.week(today.minusDays(30)), Period.day(today))) {
            for (String unit : List.of(ROOT, "T01.00.00.H99", "T02.00.00.H99")) {
                Figures counted = DossierCounts.count(jdbc, tree.within(unit), null, period);
                Figures figures = statistics.of(unit, null, period);
                assertThat(figures.withProcedures(0, 0, 0, counted.proceduresWithOnlineDossier()))
                        .as(unit + " " + period).isEqualTo(counted);
                assertThat(figures.receivedTotal())
                        .isEqualTo(figures.resolved() + figures.inProgress() + figures.closedWithoutResult());
            }
            Figures field = statistics.of(ROOT, DossierScenario.FIELD, period);
            Figures countedField = DossierCounts.count(jdbc, tree.within(ROOT), DossierScenario.FIELD, period);
            assertThat(field.withProcedures(0, 0, 0, countedField.proceduresWithOnlineDossier())).isEqualTo(countedField);
        }
        Period year = Period.of(today.minusDays(365), today);
        assertThat(statistics.byAgency(ROOT, year)).extracting(u -> u.unit().code())
                .containsExactly("T01.00.00.H99", "T02.00.00.H99", "T03.00.00.H99");
        long children = statistics.byAgency(ROOT, year).stream().mapToLong(u -> u.figures().receivedInPeriod()).sum();
        assertThat(children).isLessThan(statistics.of(ROOT, null, year).receivedInPeriod());
    }

    /** Results, withdrawals and ratings written after the first events, each told by its own event. */
    private void moveOn(Instant now) {
        List<String> resolving = jdbc.sql("""
                        SELECT code FROM dossier WHERE registered_by = 'generator' AND agency_code LIKE 'T0%'
                          AND status = 'IN_PROGRESS' AND received_at < now() - interval '1 hour' ORDER BY id LIMIT 150
                        """).query(String.class).list();
        transaction.executeWithoutResult(status -> {
            for (String code : resolving) {
                jdbc.sql("""
                        UPDATE dossier SET status = 'RESOLVED', resolved_at = :at WHERE code = :code;
                        INSERT INTO dossier_result (dossier_id, file_name, sha256, size_bytes, signed_at, approved_by,
                            agency_code)
                        SELECT id, 'kq.pdf', repeat('1', 64), 10, :at, 'test', agency_code FROM dossier WHERE code = :code
                        """).param("at", Timestamp.from(now.minusSeconds(60))).param("code", code).update();
                events.publishEvent(new ResultIssued(new DossierCode(code), "", "", now, now, true, 0));
            }
        });
        List<String> withdrawing = jdbc.sql("""
                        SELECT code FROM dossier WHERE registered_by = 'generator' AND agency_code LIKE 'T0%'
                          AND status = 'IN_PROGRESS' ORDER BY id DESC LIMIT 50
                        """).query(String.class).list();
        transaction.executeWithoutResult(status -> withdrawing.forEach(code -> {
            jdbc.sql("UPDATE dossier SET status = 'WITHDRAWN', closed_at = :at WHERE code = :code")
                    .param("at", Timestamp.from(now.minusSeconds(30))).param("code", code).update();
            events.publishEvent(new DossierWithdrawn(new DossierCode(code), ""));
        }));
        List<String> rating = jdbc.sql("""
                        SELECT code FROM dossier d WHERE registered_by = 'generator' AND agency_code LIKE 'T0%'
                          AND resolved_at IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id)
                        ORDER BY id LIMIT 100
                        """).query(String.class).list();
        transaction.executeWithoutResult(status -> rating.forEach(code -> {
            jdbc.sql("""
                    INSERT INTO dossier_rating (dossier_id, level, rated_at, account_id)
                    SELECT id, 'DISSATISFIED', :at, 0 FROM dossier WHERE code = :code
                    """).param("at", Timestamp.from(now.minusSeconds(10))).param("code", code).update();
            events.publishEvent(new DossierRated(new DossierCode(code), "", Satisfaction.DISSATISFIED, now));
        }));
    }

    private void publish(List<Generated> dossiers, java.util.function.Function<Generated, Object> event) {
        for (int i = 0; i < dossiers.size(); i += 200) {
            List<Generated> batch = dossiers.subList(i, Math.min(dossiers.size(), i + 200));
            transaction.executeWithoutResult(status -> batch.forEach(g -> events.publishEvent(event.apply(g))));
        }
    }

    /** Every counter row that is not all zeros, every online-procedure row and every contribution, in order. */
    private String snapshot() {
        String days = String.join("\n", jdbc.sql("""
                SELECT concat_ws(' ', unit_code, field_code, day, %s) FROM sq_day
                WHERE (%s) <> (%s) ORDER BY unit_code, field_code, day
                """.formatted(Counter.columns("", ""), Counter.columns("", ""),
                Counter.columns("0 * ", ""))).query(String.class).list());
        String online = String.join("\n", jdbc.sql("""
                SELECT concat_ws(' ', unit_code, month, field_code, procedure_code, days) FROM sq_online_procedure
                ORDER BY 1
                """).query(String.class).list());
        String contributions = String.join("\n", jdbc.sql("SELECT concat_ws(' ', " + Contributions.COLUMNS
                + ") FROM sq_dossier ORDER BY dossier_id").query(String.class).list());
        return days + "\n--\n" + online + "\n--\n" + contributions;
    }

    record Generated(String code, String agency, Instant received, Instant due) {
    }
}
