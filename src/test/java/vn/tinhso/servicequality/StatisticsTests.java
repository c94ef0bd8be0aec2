package vn.tinhso.servicequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierScenario;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/** The public API on dossiers filed and handled through the real dossier services. */
@SpringBootTest
class StatisticsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Statistics statistics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsReceivedAndResolvedDossiersOfAUnitAndField() {
        var scenario = DossierScenario.in(context);
        Period coming = Period.of(today().minusDays(1), today().plusDays(10));
        DossierCounts.settle(jdbc);
        Figures before = statistics.of(DossierScenario.JUSTICE, DossierScenario.FIELD, coming);

        String online = scenario.receivedOnline();
        scenario.receivedAtDesk(Channel.DIRECT, true);
        scenario.receivedAtDesk(Channel.POSTAL, false);
        scenario.resolve(online);
        DossierCounts.settle(jdbc);

        Figures after = statistics.of(DossierScenario.JUSTICE, DossierScenario.FIELD, coming);
        assertThat(after.receivedOnline() - before.receivedOnline()).isEqualTo(1);
        assertThat(after.receivedDirect() - before.receivedDirect()).isEqualTo(1);
        assertThat(after.receivedPostal() - before.receivedPostal()).isEqualTo(1);
        assertThat(after.resolvedEarly() - before.resolvedEarly()).isEqualTo(1);
        assertThat(after.digitised() - before.digitised()).isEqualTo(2);
        assertThat(after.procedures()).isEqualTo(2);
        assertThat(after.proceduresOnline()).isEqualTo(1);
        assertThat(after.proceduresWithOnlineDossier()).isEqualTo(1);
        Figures province = statistics.of("000.00.00.H26", null, coming);
        assertThat(province.receivedInPeriod()).isGreaterThanOrEqualTo(after.receivedInPeriod());
        assertThat(statistics.dossiers(DossierScenario.JUSTICE, DossierScenario.FIELD, coming,
                Measure.RECEIVED_ONLINE, 100)).extracting(DossierRef::code).contains(online);
    }

    @Test
    void refusesUnknownUnitsAndFieldsAndReversedPeriods() {
        Period month = Period.month(2026, 1);
        assertThatThrownBy(() -> statistics.of("999.99.99.H99", null, month)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> statistics.of(DossierScenario.JUSTICE, "NO-SUCH", month))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.code()).isEqualTo("servicequality.period.reversed"));
    }

    @Test
    void periodsKnowTheirPredecessor() {
        assertThat(Period.month(2026, 3).previous()).isEqualTo(Period.month(2026, 2));
        assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
        assertThat(Period.week(LocalDate.of(2026, 11, 25)))
                .isEqualTo(Period.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(Period.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 19)).previous())
                .isEqualTo(Period.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 9)));
        assertThat(Statistics.steps(Period.of(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 5)),
                Granularity.MONTH)).hasSize(3);
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }
}
