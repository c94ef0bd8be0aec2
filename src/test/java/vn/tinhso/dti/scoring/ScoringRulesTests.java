package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each scoring rule on hand-computed cases. */
class ScoringRulesTests {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWENTY = new BigDecimal("20");

    private static BigDecimal points(ScoringRule rule, Answer answer, BigDecimal max) {
        return rule.points(answer, max, Map.of());
    }

    @Test
    void partialCreditGivesHalfThePoints() {
        var rule = ScoringRule.YesNo.withPartialCredit();
        assertThat(points(rule, Answer.choice("MỘT PHẦN"), TEN)).isEqualByComparingTo("5");
        assertThat(points(rule, Answer.choice("CÓ"), TEN)).isEqualByComparingTo("10");
        assertThat(points(rule, Answer.choice("KHÔNG"), TEN)).isEqualByComparingTo("0");
    }

    @Test
    void gradesAreDataAndMatchWithoutRegardToCase() {
        var rule = new ScoringRule.YesNo(List.of(new ScoringRule.Grade("ĐẦY ĐỦ", BigDecimal.ONE),
                new ScoringRule.Grade("CƠ BẢN", new BigDecimal("0.75")), new ScoringRule.Grade("CHƯA", BigDecimal.ZERO)));
        assertThat(points(rule, Answer.choice("cơ bản"), new BigDecimal("8"))).isEqualByComparingTo("6");
    }

    @Test
    void anUnknownGradeIsRefusedNamingTheGrades() {
        assertThatThrownBy(() -> points(ScoringRule.YesNo.plain(), Answer.choice("HƠI HƠI"), TEN))
                .isInstanceOf(RefusedAnswer.class).hasMessageContaining("HƠI HƠI").hasMessageContaining("CÓ, KHÔNG");
    }

    @Test
    void ratioScoresTheShareOfThePoints() {
        assertThat(points(new ScoringRule.Ratio(), Answer.fraction(3, 4), TEN)).isEqualByComparingTo("7.5");
    }

    @Test
    void ratioIsCappedAtTheMaximum() {
        assertThat(points(new ScoringRule.Ratio(), Answer.fraction(5, 4), TEN)).isEqualByComparingTo("10");
    }

    @Test
    void ratioOfNothingCountedScoresZero() {
        assertThat(points(new ScoringRule.Ratio(), Answer.fraction(0, 0), TEN)).isEqualByComparingTo("0");
    }

    @Test
    void cappedTargetBelowTheTargetScoresRateOverTarget() {
        // 40 % online dossiers against a 50 % target: 0.4 / 0.5 × 10 = 8
        var rule = new ScoringRule.CappedTarget(new BigDecimal("0.5"));
        assertThat(points(rule, Answer.figure("0.4"), TEN)).isEqualByComparingTo("8");
    }

    @Test
    void cappedTargetAtTheTargetScoresFullPoints() {
        var rule = new ScoringRule.CappedTarget(new BigDecimal("0.5"));
        assertThat(points(rule, Answer.figure("0.5"), TEN)).isEqualByComparingTo("10");
    }

    @Test
    void cappedTargetAboveTheTargetScoresNoMoreThanFullPoints() {
        var rule = new ScoringRule.CappedTarget(new BigDecimal("0.5"));
        assertThat(points(rule, Answer.fraction(89, 100), TEN)).isEqualByComparingTo("10");
    }

    @Test
    void cappedTargetKeepsTenDecimalsOfAnInexactQuotient() {
        // 0.5 / 0.9 × 8 = 4.444…
        var rule = new ScoringRule.CappedTarget(new BigDecimal("0.9"));
        assertThat(points(rule, Answer.figure("0.5"), new BigDecimal("8"))).isEqualByComparingTo("4.4444444444");
    }

    @Test
    void stepTableGivesThePointsOfTheHighestThresholdReached() {
        var rule = meetings();
        assertThat(points(rule, Answer.figure("4"), TWENTY)).isEqualByComparingTo("20");
        assertThat(points(rule, Answer.figure("7"), TWENTY)).isEqualByComparingTo("20");
        assertThat(points(rule, Answer.figure("3"), TWENTY)).isEqualByComparingTo("15");
        assertThat(points(rule, Answer.figure("2.5"), TWENTY)).isEqualByComparingTo("10");
        assertThat(points(rule, Answer.figure("1"), TWENTY)).isEqualByComparingTo("5");
    }

    @Test
    void stepTableBelowTheLowestThresholdScoresZero() {
        assertThat(points(meetings(), Answer.figure("0"), TWENTY)).isEqualByComparingTo("0");
    }

    @Test
    void manualPointsWithinTheMaximumAreKept() {
        assertThat(points(new ScoringRule.Manual(), Answer.figure("7.5"), TEN)).isEqualByComparingTo("7.5");
    }

    @Test
    void manualPointsAboveTheMaximumAreRefused() {
        assertThatThrownBy(() -> points(new ScoringRule.Manual(), Answer.figure("10.5"), TEN))
                .isInstanceOfSatisfying(RefusedAnswer.class, refused -> {
                    assertThat(refused.code()).isEqualTo("dti.scoring.answer.manual-range");
                    assertThat(refused.getMessage()).isEqualTo("điểm 10.5 phải từ 0 đến điểm tối đa 10");
                });
    }

    @Test
    void automaticIndicatorScoresTheFigureTinhsoComputed() {
        var rule = new ScoringRule.Automatic(Metric.ONLINE_DOSSIER_RATE, new ScoringRule.CappedTarget(new BigDecimal("0.5")));
        assertThat(rule.points(null, TEN, Map.of(Metric.ONLINE_DOSSIER_RATE, new BigDecimal("0.3"))))
                .isEqualByComparingTo("6");
        assertThat(rule.points(Answer.figure("0.1"), TEN, Map.of(Metric.ONLINE_DOSSIER_RATE, new BigDecimal("0.89"))))
                .as("the computed figure wins over a declared one").isEqualByComparingTo("10");
        assertThat(rule.points(Answer.figure("0.1"), TEN, Map.of())).as("declared when not computed")
                .isEqualByComparingTo("2");
    }

    @Test
    void noAnswerScoresZero() {
        assertThat(points(ScoringRule.YesNo.plain(), null, TEN)).isEqualByComparingTo("0");
        assertThat(points(meetings(), null, TWENTY)).isEqualByComparingTo("0");
    }

    @Test
    void anAnswerOfTheWrongKindIsRefused() {
        assertThatThrownBy(() -> points(meetings(), Answer.choice("CÓ"), TWENTY)).isInstanceOf(RefusedAnswer.class)
                .hasMessage("câu trả lời dạng Choice không dùng được cho cách chấm STEPS");
    }

    private static ScoringRule.StepTable meetings() {
        return new ScoringRule.StepTable(List.of(step("1", "5"), step("2", "10"), step("3", "15"), step("4", "20")));
    }

    static ScoringRule.Step step(String atLeast, String points) {
        return new ScoringRule.Step(new BigDecimal(atLeast), new BigDecimal(points));
    }
}
