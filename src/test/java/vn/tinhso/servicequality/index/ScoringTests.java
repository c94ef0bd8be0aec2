package vn.tinhso.servicequality.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Points worked out by hand for capped rates at, below and above their targets, plain rates and missing figures. */
class ScoringTests {

    private static final Framework.Indicator ONLINE = indicator("4.3", 6, Formula.CAPPED_RATE,
            IndexMeasure.ONLINE_DOSSIERS, "0.5");
    private static final Framework.Indicator ON_TIME = indicator("2.1", 20, Formula.RATE, IndexMeasure.ON_TIME, "1");

    @Test
    void aCappedRateAtItsTargetEarnsFullPoints() {
        assertThat(points(ONLINE, 50, 100)).isEqualByComparingTo("6.00");
    }

    @Test
    void aCappedRateBelowItsTargetEarnsItsShareOfTheTarget() {
        assertThat(points(ONLINE, 40, 100)).isEqualByComparingTo("4.80"); // 6 × 0.40 / 0.50
        assertThat(points(indicator("3.2", 8, Formula.CAPPED_RATE, IndexMeasure.DIGITISED, "0.8"), 35, 50))
                .isEqualByComparingTo("7.00"); // 8 × 0.70 / 0.80
    }

    @Test
    void aCappedRateAboveItsTargetEarnsNoMoreThanFullPoints() {
        assertThat(points(ONLINE, 90, 100)).isEqualByComparingTo("6.00");
    }

    @Test
    void aPlainRateEarnsItsShareOfThePoints() {
        assertThat(points(ON_TIME, 17, 20)).isEqualByComparingTo("17.00");
        assertThat(points(ON_TIME, 2, 3)).isEqualByComparingTo("13.33");
    }

    @Test
    void nothingToCountInThePeriodEarnsFullPointsAndSaysSo() {
        var score = Scoring.score(ON_TIME, Optional.of(new Count(0, 0)));
        assertThat(score.status()).isEqualTo(Breakdown.Status.NOT_APPLICABLE);
        assertThat(score.points()).isEqualByComparingTo("20");
        assertThat(score.rate()).isNull();
    }

    @Test
    void aMeasureThePlatformDoesNotRecordScoresNothingWhateverTheCounts() {
        var payment = indicator("4.5", 4, Formula.CAPPED_RATE, IndexMeasure.DOSSIERS_PAID_ONLINE, "0.8");
        var framework = framework(List.of(payment));
        var breakdown = Scoring.score(framework, measure -> Optional.of(new Count(10, 10)));
        var score = breakdown.indicators().get(0);
        assertThat(score.status()).isEqualTo(Breakdown.Status.NO_DATA);
        assertThat(score.points()).isEqualByComparingTo("0");
        assertThat(score.lost()).isEqualByComparingTo("4");
        assertThat(breakdown.assessable()).isEqualByComparingTo("0");
    }

    @Test
    void aWholeUnitAddsUpItsIndicators() {
        var framework = framework(List.of(
                indicator("1.3", 4, Formula.RATE, IndexMeasure.PROCEDURES_FULLY_PUBLISHED, "1"),
                ON_TIME,
                indicator("3.2", 8, Formula.CAPPED_RATE, IndexMeasure.DIGITISED, "0.8"),
                ONLINE,
                indicator("5.1", 6, Formula.RATE, IndexMeasure.FEEDBACK_ON_TIME, "1"),
                indicator("5.3", 6, Formula.CAPPED_RATE, IndexMeasure.SATISFIED, "0.9"),
                indicator("1.4", 6, Formula.RATE, IndexMeasure.DOSSIERS_SYNCED, "1")));
        Map<IndexMeasure, Count> counts = Map.of(
                IndexMeasure.PROCEDURES_FULLY_PUBLISHED, new Count(9, 10),  // 3.60
                IndexMeasure.ON_TIME, new Count(45, 50),                    // 18.00
                IndexMeasure.DIGITISED, new Count(35, 50),                  // 7.00
                IndexMeasure.ONLINE_DOSSIERS, new Count(30, 50),            // 6.00 (60% ≥ 50%)
                IndexMeasure.FEEDBACK_ON_TIME, new Count(0, 0),             // 6.00, nothing to count
                IndexMeasure.SATISFIED, new Count(8, 10));                  // 6 × 0.8 / 0.9 = 5.33
        var breakdown = Scoring.score(framework, measure -> Optional.ofNullable(counts.get(measure)));
        assertThat(breakdown.score()).isEqualByComparingTo("45.93");
        assertThat(breakdown.lost()).isEqualByComparingTo("10.07"); // 56 − 45.93, of which 6 for missing data
        assertThat(breakdown.assessable()).isEqualByComparingTo("50");
    }

    private static BigDecimal points(Framework.Indicator indicator, long numerator, long denominator) {
        return Scoring.score(indicator, Optional.of(new Count(numerator, denominator))).points();
    }

    static Framework.Indicator indicator(String code, int points, Formula formula, IndexMeasure measure,
                                         String target) {
        return new Framework.Indicator(code, "G", code, code, BigDecimal.valueOf(points), formula, measure,
                new BigDecimal(target), "");
    }

    static Framework framework(List<Framework.Indicator> indicators) {
        BigDecimal points = indicators.stream().map(Framework.Indicator::points).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new Framework(1, LocalDate.of(2022, 6, 23), "", "", Instant.EPOCH, "test",
                List.of(new Framework.Group("G", "G", "G", points, indicators)));
    }
}
