package vn.tinhso.servicequality.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierScenario;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.servicequality.Period;

/**
 * A department's score worked out by hand, in a platform of its own so that no other test's dossiers count: four
 * dossiers at the Department of Justice: one resolved early, one resolved after two supplement requests (late,
 * Quyết định 766), one waiting for papers (its clock stopped, within its deadline) and one in progress within its
 * deadline; two ratings, one of them "not satisfied"; no feedback.
 */
@SpringBootTest(properties = "tinhso.service-quality.test-context=index")
@DirtiesContext
class QualityIndexTests {

    /** A working day; everything happens at 09:00 on it, so that every dossier is received at once. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    @TestConfiguration
    static class NineOClock {
        @Bean
        @Primary
        Clock nineOClock() {
            return Clock.fixed(TUESDAY.atTime(9, 0).atZone(WorkingCalendar.ZONE).toInstant(), WorkingCalendar.ZONE);
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    QualityIndex index;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitWithSupplementsAndALateDossierLosesExactlyThePointsWorkedOutByHand() {
        var scenario = DossierScenario.in(context);
        String early = scenario.receivedOnline();
        scenario.resolve(early);
        String twice = scenario.receivedOnline();
        // two supplement requests answered before the result (DossierScenario cannot hand in papers yet)
        jdbc.sql("UPDATE dossier SET supplement_count = 2, paused_minutes = 960 WHERE code = :code")
                .param("code", twice).update();
        scenario.resolve(twice);
        String once = scenario.receivedAtDesk(Channel.DIRECT, true);
        scenario.requestSupplement(once);
        scenario.receivedOnline();
        scenario.rate(early, "VERY_SATISFIED");
        scenario.rate(twice, "DISSATISFIED");
        settle();

        Period coming = Period.of(TUESDAY.minusDays(1), TUESDAY.plusDays(10)); // nothing falls due in it
        UnitScore justice = index.of(DossierScenario.JUSTICE, coming);
        Breakdown breakdown = justice.breakdown();

        assertIndicator(breakdown, "2.1", 3, 4, "15.00");      // 20 × 3/4: the dossier asked twice is late
        assertIndicator(breakdown, "3.1", 2, 2, "8.00");       // every result electronic
        assertIndicator(breakdown, "3.2", 4, 4, "8.00");       // three online, one scanned at the desk
        assertIndicator(breakdown, "4.1", 3, 4, "3.75");       // 4 × 0.75 / 0.80 (the desk-only procedure)
        assertIndicator(breakdown, "4.2", 1, 3, "1.67");       // 4 × (1/3) / 0.80
        assertIndicator(breakdown, "4.3", 3, 4, "6.00");       // 75% online, above the 50% target
        assertIndicator(breakdown, "5.3", 1, 2, "3.33");       // 6 × 0.50 / 0.90
        var feedback = breakdown.indicators().stream().filter(i -> i.indicator().code().equals("5.1")).findFirst()
                .orElseThrow();
        assertThat(feedback.status()).isEqualTo(Breakdown.Status.NOT_APPLICABLE);
        assertThat(feedback.points()).isEqualByComparingTo("6");
        assertThat(breakdown.indicators().stream().filter(i -> i.status() == Breakdown.Status.NO_DATA)
                .map(i -> i.indicator().code())).containsExactly("1.1", "1.2", "1.4", "3.3", "4.4", "4.5", "5.2");
        var published = breakdown.indicators().stream().filter(i -> i.indicator().code().equals("1.3")).findFirst()
                .orElseThrow();
        assertThat(published.numerator()).isEqualTo(published.denominator()).isEqualTo(4L);
        // 4 + 15 + 8 + 8 + 3.75 + 1.67 + 6 + 6 + 3.33, and 34 points of indicators without data lost
        assertThat(breakdown.score()).isEqualByComparingTo("55.75");
        assertThat(breakdown.assessable()).isEqualByComparingTo("66");

        var ranking = index.ranking("000.00.00.H26", coming);
        assertThat(ranking.get(0).unit().code()).isEqualTo(DossierScenario.JUSTICE);
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking.get(0).score()).isEqualByComparingTo("55.75");
        assertThat(ranking.subList(1, ranking.size())).allMatch(score -> !score.ranked());
    }

    private static void assertIndicator(Breakdown breakdown, String code, long numerator, long denominator,
                                        String points) {
        var score = breakdown.indicators().stream().filter(i -> i.indicator().code().equals(code)).findFirst()
                .orElseThrow();
        assertThat(score.status()).as(code).isEqualTo(Breakdown.Status.SCORED);
        assertThat(score.numerator()).as(code).isEqualTo(numerator);
        assertThat(score.denominator()).as(code).isEqualTo(denominator);
        assertThat(score.points()).as(code).isEqualByComparingTo(points);
    }

    private void settle() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE completion_date IS NULL AND listener_id LIKE '%servicequality%'
                """).query(Long.class).single() == 0);
    }
}
