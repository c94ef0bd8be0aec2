package vn.tinhso.servicequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierCode;
import vn.tinhso.dossier.DossierReceived;
import vn.tinhso.dossier.DossierScenario;

/**
 * Ten dossiers of the Department of Justice handled through the real services, then moved back to February–April
 * 2025 in the dossier tables and told again by an event; every counter and rate of March 2025 computed by hand:
 * <pre>
 *     channel  received   due (legal)  what happened                                   March 2025
 * A   online   20/02      06/03 17:00  result 06/03 10:00                              carried over, on time
 * B   online   25/02      11/03 17:00  still open                                      carried over, overdue
 * C   online   03/03      17/03 17:00  result 10/03, rated very satisfied 12/03        early
 * D   online   04/03      20/03 17:00  one supplement request; result 20/03 15:00;     on time
 *                                      rated dissatisfied 21/03
 * E   online   05/03      25/03 17:00  two supplement requests; result 18/03           late (Decision 766)
 * F   online   05/03      12/03 17:00  extended to 19/03 (form 04); result 14/03       late (the legal date)
 * G   online   06/03      13/03 17:00  withdrawn 07/03                                 closed without result
 * H   desk     27/03      03/04 17:00  scanned papers, open                            within the deadline
 * I   post     10/03      17/03 17:00  no scan, open                                   overdue
 * K   desk     12/03      19/03 17:00  stopped 02/04                                   overdue (in March)
 * </pre>
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandCountedTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Period MARCH = Period.month(2025, 3);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Statistics statistics;

    Map<String, String> codes;

    @BeforeAll
    void dossiersOfFebruaryToApril2025() {
        codes = HandCountedDossiers.file(context, DossierScenario.in(context), jdbc, transaction, events);
    }

    @Test
    void countsMarchByHand() {
        Figures march = statistics.of(DossierScenario.JUSTICE, DossierScenario.FIELD, MARCH);
        assertThat(march.receivedOnline()).isEqualTo(5);
        assertThat(march.receivedDirect()).isEqualTo(2);
        assertThat(march.receivedPostal()).isEqualTo(1);
        assertThat(march.carriedOver()).isEqualTo(2);
        assertThat(march.receivedTotal()).isEqualTo(10);
        assertThat(march.resolvedEarly()).isEqualTo(1);
        assertThat(march.resolvedOnTime()).isEqualTo(2);
        assertThat(march.resolvedLate()).isEqualTo(2);
        assertThat(march.closedWithoutResult()).isEqualTo(1);
        assertThat(march.inProgressWithinDeadline()).isEqualTo(1);
        assertThat(march.inProgressOverdue()).isEqualTo(3);
        assertThat(march.processingMinutes()).isEqualTo(20220 + 10200 + 23460 + 18840 + 13080);
        assertThat(march.electronicResults()).isEqualTo(5);
        assertThat(march.digitised()).isEqualTo(6);
        assertThat(march.withFee()).isEqualTo(5);
        assertThat(march.paidOnline()).isZero();
        assertThat(march.verySatisfied()).isEqualTo(1);
        assertThat(march.satisfied()).isZero();
        assertThat(march.dissatisfied()).isEqualTo(1);
        assertThat(march.procedures()).isEqualTo(2);
        assertThat(march.proceduresOnline()).isEqualTo(1);
        assertThat(march.proceduresFullProcess()).isEqualTo(1);
        assertThat(march.proceduresWithOnlineDossier()).isEqualTo(1);

        assertThat(march.onlineRate()).isEqualByComparingTo("0.625");
        assertThat(march.onTimeRate()).isEqualByComparingTo("0.6");
        assertThat(march.averageProcessingDays()).isEqualByComparingTo("11.92");
        assertThat(march.electronicResultRate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(march.digitisedRate()).isEqualByComparingTo("0.75");
        assertThat(march.onlinePaymentRate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(march.satisfactionRate()).isEqualByComparingTo("0.5");
        assertThat(march.proceduresOnlineRate()).isEqualByComparingTo("0.5");
        assertThat(march.proceduresInUseRate()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void stocksCarryFromMonthToMonth() {
        Figures february = statistics.of(DossierScenario.JUSTICE, DossierScenario.FIELD, Period.month(2025, 2));
        assertThat(february.receivedInPeriod()).isEqualTo(2);
        assertThat(february.inProgressWithinDeadline()).isEqualTo(2);
        assertThat(february.inProgressOverdue()).isZero();
        assertThat(february.onTimeRate()).isNull();

        Figures april = statistics.of(DossierScenario.JUSTICE, DossierScenario.FIELD, Period.month(2025, 4));
        assertThat(april.carriedOver()).isEqualTo(4);
        assertThat(april.receivedInPeriod()).isZero();
        assertThat(april.closedWithoutResult()).isEqualTo(1);
        assertThat(april.inProgressOverdue()).isEqualTo(3);
        assertThat(april.inProgressWithinDeadline()).isZero();
        assertThat(april.onlineRate()).isNull();

        Figures quarter = statistics.of(DossierScenario.JUSTICE, DossierScenario.FIELD, Period.quarter(2025, 1));
        assertThat(quarter.receivedInPeriod()).isEqualTo(10);
        assertThat(quarter.carriedOver()).isZero();
        assertThat(statistics.trend(DossierScenario.JUSTICE, DossierScenario.FIELD,
                Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)), Granularity.MONTH))
                .extracting(point -> point.figures().inProgress()).containsExactly(2L, 4L, 3L);
    }

    @Test
    void listsTheDossiersBehindAFigure() {
        assertThat(statistics.dossiers(DossierScenario.JUSTICE, DossierScenario.FIELD, MARCH, Measure.OVERDUE, 100))
                .extracting(DossierRef::code).containsExactlyInAnyOrder(codes.get("B"), codes.get("I"), codes.get("K"));
        assertThat(statistics.dossiers(DossierScenario.JUSTICE, DossierScenario.FIELD, MARCH, Measure.RESOLVED_LATE,
                100)).extracting(DossierRef::code).containsExactlyInAnyOrder(codes.get("E"), codes.get("F"));
        assertThat(statistics.dossiers(DossierScenario.JUSTICE, null, MARCH, Measure.CARRIED_OVER, 100))
                .extracting(DossierRef::code).containsExactlyInAnyOrder(codes.get("A"), codes.get("B"));
        assertThat(statistics.dossiers(DossierScenario.JUSTICE, null, MARCH, Measure.RECEIVED_TOTAL, 100))
                .hasSize(10)
                .extracting(DossierRef::receivedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(statistics.dossiers(DossierScenario.JUSTICE, null, MARCH, Measure.RECEIVED_TOTAL, 3)).hasSize(3);
    }

    @Test
    void theFigureOfTheProvinceIncludesItsDepartment() {
        Figures province = statistics.of("000.00.00.H26", DossierScenario.FIELD, MARCH);
        assertThat(province.resolved()).isEqualTo(5);
        assertThat(province.inProgressOverdue()).isEqualTo(3);
        Report report = statistics.report(DossierScenario.JUSTICE, MARCH);
        assertThat(report.rows()).extracting(FieldFigures::fieldCode).containsExactly(DossierScenario.FIELD);
        assertThat(report.total()).isEqualTo(report.rows().get(0).figures().withProcedures(
                report.total().procedures(), report.total().proceduresOnline(), report.total().proceduresFullProcess(),
                report.total().proceduresWithOnlineDossier()));
    }

    /** A moment in Vietnam, e.g. {@code 2025-03-06T10:00}. */
    static Timestamp at(String local) {
        return Timestamp.from(LocalDateTime.parse(local).atZone(VIETNAM).toInstant());
    }

    /** Tells the statistics that the dossier changed, as the dossier module would (the same event, again). */
    static void touch(ApplicationEventPublisher events, String code) {
        events.publishEvent(new DossierReceived(new DossierCode(code), DossierScenario.JUSTICE, Instant.now(),
                Instant.now()));
    }

    static Channel channel(String name) {
        return Channel.valueOf(name);
    }
}
