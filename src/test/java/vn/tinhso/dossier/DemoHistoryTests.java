package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Granularity;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.index.QualityIndex;
import vn.tinhso.servicequality.index.UnitScore;

/**
 * The year of demo history, written at start-up in a platform of its own: thousands of dossiers, about 89% online,
 * codes in the legal format and ahead of the day counters, every state a dossier can be in, and dates that make
 * sense (received before due, resolved after received, late ones after their due date); the service-quality figures
 * recomputed from it at start-up.
 */
@SpringBootTest(properties = "tinhso.demo.history=true")
@DirtiesContext
class DemoHistoryTests {

    /**
     * What the history holds at its end depends on the hour it is written at (on a Monday at 07:30 nothing filed on
     * Friday is still at reception): the platform's clock here reads a Wednesday at 10:00, and runs on from it.
     */
    static final Instant WEDNESDAY_MORNING = LocalDateTime.of(2026, 11, 25, 10, 0)
            .atZone(WorkingCalendar.ZONE).toInstant();

    @TestConfiguration
    static class WednesdayMorning {
        @Bean
        @Primary
        Clock wednesdayMorning() {
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), WEDNESDAY_MORNING));
        }
    }

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoHistory history;
    @Autowired
    Statistics statistics;
    @Autowired
    QualityIndex index;

    @Test
    void theStatisticsShowTheYear() {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        Period year = Period.of(today.minusDays(DemoHistory.DAYS), today);
        Figures province = statistics.of("000.00.00.H26", null, year);
        assertThat(province.receivedInPeriod())
                .isEqualTo(count("SELECT count(*) FROM dossier WHERE received_at IS NOT NULL"));
        assertThat(province.onlineRate().doubleValue()).isBetween(0.86, 0.92);
        assertThat(province.onTimeRate().doubleValue()).isBetween(0.90, 0.99);
        assertThat(province.inProgressOverdue()).isPositive();
        assertThat(province.electronicResultRate().doubleValue()).isBetween(0.7, 1.0);
        assertThat(province.satisfactionRate().doubleValue()).isBetween(0.85, 1.0);
        assertThat(statistics.trend("000.00.00.H26", year, Granularity.MONTH))
                .allMatch(month -> month.figures().receivedInPeriod() > 0);
        var ranking = index.ranking("000.00.00.H26", year);
        assertThat(ranking.stream().filter(UnitScore::ranked).count()).isGreaterThanOrEqualTo(8);
        assertThat(ranking.get(0).score().doubleValue()).isBetween(50.0, 90.0);
    }

    @Test
    void aYearOfDossiersAboutNineInTenOnline() {
        long dossiers = count("SELECT count(*) FROM dossier");
        assertThat(dossiers).isBetween(9_000L, 20_000L);
        double online = count("SELECT count(*) FROM dossier WHERE channel = 2") / (double) dossiers;
        assertThat(online).isBetween(0.86, 0.92);
        assertThat(count("SELECT count(DISTINCT agency_code) FROM dossier")).isGreaterThanOrEqualTo(10);
        assertThat(history.load()).as("written once").isZero();
    }

    @Test
    void everyStateAppearsAndTheDatesAreConsistent() {
        Map<String, Long> states = jdbc.sql("SELECT status, count(*) FROM dossier GROUP BY status")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(states).containsKeys("RETURNED", "RESOLVED", "IN_PROGRESS", "RECEIVED", "SUPPLEMENT_REQUESTED",
                "REFUSED");
        assertThat(states.get("RETURNED")).isGreaterThan(dossiersOf(states) * 9 / 10);
        assertThat(count("SELECT count(*) FROM dossier WHERE received_at < submitted_at")).isZero();
        assertThat(count("SELECT count(*) FROM dossier WHERE due_at <= received_at")).isZero();
        assertThat(count("SELECT count(*) FROM dossier WHERE resolved_at < received_at")).isZero();
        assertThat(count("SELECT count(*) FROM dossier WHERE returned_at < resolved_at")).isZero();
        assertThat(count("SELECT count(*) FROM dossier WHERE status IN ('RESOLVED', 'RETURNED') AND NOT EXISTS "
                + "(SELECT 1 FROM dossier_result r WHERE r.dossier_id = dossier.id)")).isZero();
        assertThat(count("SELECT count(*) FROM dossier WHERE status IN ('RECEIVED', 'IN_PROGRESS', 'RESOLVED') "
                + "AND step IS NULL")).isZero();
    }

    @Test
    void lateDossiersAreRealisticAndLandIsLaterThanCivilStatus() {
        double late = share("SELECT count(*) FILTER (WHERE resolved_at > due_at OR supplement_count > 1), count(*) "
                + "FROM dossier WHERE resolved_at IS NOT NULL");
        assertThat(late).isBetween(0.01, 0.10);
        double land = share("SELECT count(*) FILTER (WHERE d.resolved_at > d.due_at), count(*) FROM dossier d "
                + "JOIN procedure_version p ON p.code = d.procedure_code AND p.version = d.procedure_version "
                + "WHERE d.resolved_at IS NOT NULL AND p.field_code = 'DD'");
        double civil = share("SELECT count(*) FILTER (WHERE d.resolved_at > d.due_at), count(*) FROM dossier d "
                + "JOIN procedure_version p ON p.code = d.procedure_code AND p.version = d.procedure_version "
                + "WHERE d.resolved_at IS NOT NULL AND p.field_code = 'HT'");
        assertThat(land).isGreaterThan(civil * 3);
        assertThat(count("SELECT count(*) FROM dossier WHERE status NOT IN ('RESOLVED', 'RETURNED', 'REFUSED') "
                + "AND due_at < now()")).as("overdue now").isPositive();
        assertThat(count("SELECT count(*) FROM dossier WHERE supplement_count > 0")).isPositive();
        assertThat(count("SELECT count(*) FROM dossier_rating")).isPositive();
        assertThat(count("SELECT count(*) FROM dossier_feedback")).isPositive();
    }

    @Test
    void codesFollowTheLegalFormatAndTheDayCountersAreAhead() {
        assertThat(count("SELECT count(*) FROM dossier WHERE code <> agency_code || '-' || "
                + "to_char(submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || right(code, 4)"))
                .isZero();
        assertThat(count("""
                SELECT count(*) FROM (
                    SELECT agency_code, (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
                           max(right(code, 4)::int) AS last
                    FROM dossier GROUP BY 1, 2) c
                LEFT JOIN dossier_sequence s ON s.agency_code = c.agency_code AND s.day = c.day
                WHERE s.last_value IS NULL OR s.last_value < c.last
                """)).isZero();
    }

    @Test
    void theHistoryOfADossierIsInOrder() {
        assertThat(count("""
                SELECT count(*) FROM (
                    SELECT at < lag(at) OVER (PARTITION BY dossier_id ORDER BY id) AS backwards FROM dossier_event) e
                WHERE backwards
                """)).isZero();
        assertThat(count("SELECT count(*) FROM dossier d WHERE status = 'RETURNED' AND NOT EXISTS "
                + "(SELECT 1 FROM dossier_event e WHERE e.dossier_id = d.id AND e.type = 'returned')")).isZero();
    }

    private static long dossiersOf(Map<String, Long> states) {
        return states.values().stream().mapToLong(Long::longValue).sum();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private double share(String sql) {
        return jdbc.sql(sql).query((rs, row) -> rs.getLong(1) / (double) rs.getLong(2)).single();
    }
}
