package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How an indicator turns an {@link Answer} into points between 0 and its maximum. Every rule is pure and exact
 * ({@link BigDecimal}); an answer of the wrong kind or out of range is a {@link RefusedAnswer}. Patterns from
 * Quyết định 922/QĐ-BTTTT (2022), Phụ lục: yes / partly / no, ratios, capped targets, step tables.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScoringRule.YesNo.class, name = "YES_NO"),
        @JsonSubTypes.Type(value = ScoringRule.Ratio.class, name = "RATIO"),
        @JsonSubTypes.Type(value = ScoringRule.CappedTarget.class, name = "CAPPED_TARGET"),
        @JsonSubTypes.Type(value = ScoringRule.StepTable.class, name = "STEPS"),
        @JsonSubTypes.Type(value = ScoringRule.Manual.class, name = "MANUAL"),
        @JsonSubTypes.Type(value = ScoringRule.Automatic.class, name = "AUTOMATIC")})
public sealed interface ScoringRule {

    /**
     * Points for an answer; {@code figures} feeds {@link Automatic} rules. A missing answer scores 0 (nothing
     * declared, nothing earned); callers pass {@code null} for it.
     */
    BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures);

    /** Yes / partly / no: each grade earns its share of the maximum (CÓ 1, MỘT PHẦN 0.5, KHÔNG 0). */
    record YesNo(List<Grade> grades) implements ScoringRule {

        public YesNo {
            grades = Lists.of(grades);
        }

        /** CÓ 1, MỘT PHẦN 0.5, KHÔNG 0. */
        public static YesNo withPartialCredit() {
            return new YesNo(List.of(new Grade("CÓ", BigDecimal.ONE), new Grade("MỘT PHẦN", new BigDecimal("0.5")),
                    new Grade("KHÔNG", BigDecimal.ZERO)));
        }

        /** CÓ 1, KHÔNG 0. */
        public static YesNo plain() {
            return new YesNo(List.of(new Grade("CÓ", BigDecimal.ONE), new Grade("KHÔNG", BigDecimal.ZERO)));
        }

        @Override
        public BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures) {
            return Rules.yesNo(this, answer, max);
        }
    }

    /** A grade of a {@link YesNo} rule: its code as officers write it and its share of the maximum, 0–1. */
    record Grade(String code, BigDecimal credit) {
    }

    /** a / b × maximum, capped at the maximum. */
    record Ratio() implements ScoringRule {

        @Override
        public BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures) {
            return Rules.ratio(answer, max);
        }
    }

    /**
     * A rate at or above the target earns the maximum, below it rate / target × maximum (the pattern of
     * Quyết định 766/QĐ-TTg, e.g. online dossiers with a 50 % target).
     *
     * @param target in (0, 1]
     */
    record CappedTarget(BigDecimal target) implements ScoringRule {

        @Override
        public BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures) {
            return Rules.cappedTarget(this, answer, max);
        }
    }

    /** A step table: the points of the highest threshold reached, 0 below the lowest (meetings 4→20 … 1→5). */
    record StepTable(List<Step> steps) implements ScoringRule {

        public StepTable {
            steps = Lists.of(steps);
        }

        @Override
        public BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures) {
            return Rules.steps(this, answer, max);
        }
    }

    /** A row of a {@link StepTable}: a figure at least {@code atLeast} earns {@code points}. */
    record Step(BigDecimal atLeast, BigDecimal points) {
    }

    /** Points given by the assessor, 0 ≤ points ≤ maximum. */
    record Manual() implements ScoringRule {

        @Override
        public BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures) {
            return Rules.manual(answer, max);
        }
    }

    /**
     * A figure tinhso computes ({@link Metric}) scored through an inner rule, usually a {@link CappedTarget}. When
     * the figure is not among {@code figures}, the answer given for the indicator is used instead.
     */
    record Automatic(Metric metric, ScoringRule inner) implements ScoringRule {

        @Override
        public BigDecimal points(Answer answer, BigDecimal max, Map<Metric, BigDecimal> figures) {
            BigDecimal figure = figures == null ? null : figures.get(metric);
            return inner.points(figure == null ? answer : new Answer.Figure(figure), max, figures);
        }
    }
}
