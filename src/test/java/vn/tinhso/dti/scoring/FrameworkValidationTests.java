package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Validation names every problem of a framework, in Vietnamese first. */
class FrameworkValidationTests {

    private final Framework tiny = Tiny.framework();

    @Test
    void aValidFrameworkHasNoProblem() {
        assertThat(Frameworks.validate(tiny)).isEmpty();
    }

    @Test
    void indicatorPointsMustAddUpToTheirMainIndex() {
        var indicators = new ArrayList<>(tiny.indicators());
        indicators.set(1, Tiny.indicator("A-2", "A", "15", new ScoringRule.CappedTarget(new BigDecimal("0.5"))));
        List<FrameworkProblem> problems = Frameworks.validate(with(indicators));
        assertThat(problems).extracting(FrameworkProblem::message)
                .containsExactly("Chỉ số chính A: tổng điểm các chỉ tiêu 55 ≠ 60");
        assertThat(problems.get(0).code()).isEqualTo("dti.scoring.framework.indicator-sum");
        assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("Main index A: the indicators' points add up to 55 ≠ 60");
    }

    @Test
    void mainIndicesMustAddUpToTheTotal() {
        Framework framework = new Framework("t", 1, "T", UnitLevel.PROVINCE, tiny.effectiveFrom(), null, "x", false,
                new BigDecimal("1000"), tiny.mainIndices(), tiny.indicators());
        assertThat(Frameworks.validate(framework)).extracting(FrameworkProblem::message)
                .containsExactly("Bộ chỉ số t: tổng điểm các chỉ số chính 100 ≠ tổng điểm bộ chỉ số 1000");
    }

    @Test
    void codesMustBeUniqueAndMainIndicesKnown() {
        var indicators = new ArrayList<>(tiny.indicators());
        indicators.add(Tiny.indicator("A-1", "A", "0", new ScoringRule.Manual()));
        indicators.add(Tiny.indicator("C-1", "C", "0", new ScoringRule.Manual()));
        assertThat(Frameworks.validate(with(indicators))).extracting(FrameworkProblem::message).containsExactly(
                "Chỉ tiêu A-1: mã chỉ tiêu A-1 bị trùng",
                "Chỉ tiêu C-1: chỉ số chính C không có trong bộ chỉ số");
    }

    @Test
    void ruleParametersMustBeValid() {
        var indicators = new ArrayList<>(tiny.indicators());
        indicators.set(0, Tiny.indicator("A-1", "A", "40", new ScoringRule.YesNo(List.of(
                new ScoringRule.Grade("CÓ", BigDecimal.ONE), new ScoringRule.Grade("NỬA", new BigDecimal("1.5"))))));
        indicators.set(1, Tiny.indicator("A-2", "A", "20", new ScoringRule.CappedTarget(new BigDecimal("1.2"))));
        indicators.set(3, Tiny.indicator("B-2", "B", "10", new ScoringRule.StepTable(List.of(
                ScoringRulesTests.step("2", "5"), ScoringRulesTests.step("1", "10")))));
        assertThat(Frameworks.validate(with(indicators))).extracting(FrameworkProblem::message).containsExactly(
                "Chỉ tiêu A-1: mức NỬA cho tỷ lệ điểm 1.5, phải từ 0 đến 1",
                "Chỉ tiêu A-2: mục tiêu 1.2 phải lớn hơn 0 và không quá 1",
                "Chỉ tiêu B-2: bảng bậc phải tăng dần: ngưỡng 1 đứng sau ngưỡng 2 phải lớn hơn và không được ít điểm hơn");
    }

    @Test
    void aTargetOfZeroAndAStepAboveTheMaximumAreProblems() {
        var indicators = new ArrayList<>(tiny.indicators());
        indicators.set(1, Tiny.indicator("A-2", "A", "20", new ScoringRule.CappedTarget(BigDecimal.ZERO)));
        indicators.set(3, Tiny.indicator("B-2", "B", "10", new ScoringRule.StepTable(List.of(
                ScoringRulesTests.step("1", "12")))));
        assertThat(Frameworks.validate(with(indicators))).extracting(FrameworkProblem::code).containsExactly(
                "dti.scoring.framework.target", "dti.scoring.framework.step-points");
    }

    @Test
    void anAutomaticIndicatorNeedsARuleThatScoresAFigure() {
        var indicators = new ArrayList<>(tiny.indicators());
        indicators.set(1, Tiny.indicator("A-2", "A", "20",
                new ScoringRule.Automatic(Metric.ON_TIME_RATE, ScoringRule.YesNo.plain())));
        assertThat(Frameworks.validate(with(indicators))).extracting(FrameworkProblem::code)
                .containsExactly("dti.scoring.framework.automatic-inner");
    }

    @Test
    void missingFieldsAreEachReported() {
        var framework = new Framework(null, 0, "", null, null, null, null, false, null,
                List.of(new MainIndex("A", null, null, null)), List.of());
        assertThat(Frameworks.validate(framework)).extracting(FrameworkProblem::message).contains(
                "Bộ chỉ số: thiếu mã", "Bộ chỉ số: thiếu tên", "Bộ chỉ số: phiên bản phải từ 1 trở lên, không phải 0",
                "Chỉ số chính A: thiếu tên", "Chỉ số chính A: thiếu điểm tối đa");
        assertThat(Frameworks.validate(framework).get(0).message(Locale.ENGLISH)).isEqualTo("Framework: the code is missing");
    }

    private Framework with(List<Indicator> indicators) {
        return new Framework(tiny.code(), 1, tiny.name(), tiny.level(), tiny.effectiveFrom(), null, tiny.legalBasis(),
                true, tiny.total(), tiny.mainIndices(), indicators);
    }
}
