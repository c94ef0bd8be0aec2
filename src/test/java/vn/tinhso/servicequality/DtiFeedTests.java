package vn.tinhso.servicequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierScenario;
import vn.tinhso.dti.ServiceQualityFeed;
import vn.tinhso.dti.ServiceQualityFeed.Measurement;

/** The DTI's automatic indicators read the same figures the statistics show, and nothing where there is no data. */
@SpringBootTest
class DtiFeedTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ServiceQualityFeed feed;
    @Autowired
    Statistics statistics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measuresTheDtiMetricsFromTheStatisticsOfTheAgencyAndPeriod() {
        var scenario = DossierScenario.in(context);
        String online = scenario.receivedOnline();
        scenario.receivedAtDesk(Channel.DIRECT, true);
        scenario.resolve(online);
        DossierCounts.settle(jdbc);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate from = today.minusDays(30);
        LocalDate to = today.plusDays(10);
        Figures figures = statistics.of(DossierScenario.JUSTICE, null, Period.of(from, to));

        Measurement onlineRate = feed.measure("ONLINE_DOSSIER_RATE", DossierScenario.JUSTICE, from, to).orElseThrow();
        assertThat(onlineRate.numerator()).isEqualTo(figures.receivedOnline()).isPositive();
        assertThat(onlineRate.denominator()).isEqualTo(figures.receivedInPeriod()).isGreaterThan(onlineRate.numerator());
        assertThat(onlineRate.source()).startsWith("Thống kê chất lượng phục vụ");
        Measurement onTime = feed.measure("ON_TIME_RATE", DossierScenario.JUSTICE, from, to).orElseThrow();
        assertThat(onTime.numerator()).isEqualTo(figures.resolvedInTime());
        assertThat(onTime.denominator()).isEqualTo(figures.resolved()).isPositive();
        Measurement fullProcess = feed.measure("FULL_PROCESS_SHARE", DossierScenario.JUSTICE, from, to).orElseThrow();
        assertThat(fullProcess.denominator()).isEqualTo(figures.procedures());
    }

    @Test
    void measuresNothingWithoutDataForAnUnknownAgencyOrForOnlinePaymentBeforePaymentsAreRecorded() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        LocalDate to = LocalDate.of(2030, 12, 31);
        assertThat(feed.measure("ON_TIME_RATE", DossierScenario.JUSTICE, from, to)).isEmpty();
        assertThat(feed.measure("ONLINE_DOSSIER_RATE", "999.99.99.H99", from, to)).isEmpty();
        assertThat(feed.measure("ONLINE_PAYMENT_RATE", DossierScenario.JUSTICE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(feed.measure("NO_SUCH_METRIC", DossierScenario.JUSTICE, from, to)).isEmpty();
    }
}
