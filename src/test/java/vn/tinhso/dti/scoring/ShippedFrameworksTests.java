package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The frameworks tinhso ships load, validate, and keep the official structure. */
class ShippedFrameworksTests {

    @Test
    void everyShippedFrameworkValidates() {
        for (String code : Frameworks.SHIPPED) {
            Framework framework = Frameworks.shipped(code).orElseThrow();
            assertThat(Frameworks.validate(framework)).as(code).isEmpty();
            assertThat(framework.code()).isEqualTo(code);
        }
    }

    @Test
    void provincialFrameworkHasTheMainIndicesAndPointsOfDecision922() {
        Framework framework = Frameworks.shipped("922-province").orElseThrow();
        Map<String, Integer> points = framework.mainIndices().stream()
                .collect(Collectors.toMap(MainIndex::code, index -> index.maxPoints().intValueExact()));
        assertThat(points).containsExactlyInAnyOrderEntriesOf(Map.of("NTS", 100, "TCS", 100, "HTS", 100, "NLS", 100,
                "ATTT", 100, "DTTM", 0, "CQS", 200, "KTS", 150, "XHS", 150));
        assertThat(framework.totalPoints()).isEqualByComparingTo("1000");
        assertThat(framework.indicators()).hasSize(98);
        assertThat(framework.pillars()).containsExactly("CQS", "KTS", "XHS");
        assertThat(framework.illustrative()).isTrue();
        assertThat(framework.name()).contains("minh họa");
    }

    @Test
    void departmentFrameworkOfHaiDuongHas500PointsAndAutomaticServiceIndicators() {
        Framework framework = Frameworks.shipped("297-department").orElseThrow();
        assertThat(framework.total()).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(framework.mainIndex("ATTT").orElseThrow().maxPoints()).isEqualByComparingTo("100");
        assertThat(framework.mainIndex("HDCDS").orElseThrow().maxPoints()).isEqualByComparingTo("200");
        assertThat(framework.indicators().stream().map(Indicator::rule)
                .filter(ScoringRule.Automatic.class::isInstance).map(rule -> ((ScoringRule.Automatic) rule).metric()))
                .contains(Metric.ONLINE_DOSSIER_RATE, Metric.ON_TIME_RATE, Metric.E_RESULT_RATE,
                        Metric.ONLINE_PAYMENT_RATE, Metric.FULL_PROCESS_SHARE);
    }

    @Test
    void communeFrameworkAppliesFromTheTwoTierReform() {
        Framework framework = Frameworks.shipped("commune-2025").orElseThrow();
        assertThat(framework.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(framework.effectiveOn(java.time.LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(framework.effectiveOn(java.time.LocalDate.of(2025, 6, 30))).isFalse();
    }

    @Test
    void anUnknownFrameworkIsNotShipped() {
        assertThat(Frameworks.shipped("405-province")).isEmpty();
    }
}
