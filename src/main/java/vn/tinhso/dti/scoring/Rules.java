package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the scoring rules; exact to {@link #SCALE} decimals, never above the maximum. */
final class Rules {

    /** Decimals kept when a rule divides; published values are rounded later, to 4. */
    static final int SCALE = 10;

    private Rules() {
    }

    static BigDecimal yesNo(ScoringRule.YesNo rule, Answer answer, BigDecimal max) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        if (!(answer instanceof Answer.Choice choice)) {
            throw RefusedAnswer.wrongKind(answer, "YES_NO");
        }
        return rule.grades().stream().filter(grade -> grade.code().equalsIgnoreCase(choice.grade().strip()))
                .findFirst().map(grade -> clean(grade.credit().multiply(max)))
                .orElseThrow(() -> new RefusedAnswer("dti.scoring.answer.unknown-grade", choice.grade(),
                        String.join(", ", rule.grades().stream().map(ScoringRule.Grade::code).toList())));
    }

    static BigDecimal ratio(Answer answer, BigDecimal max) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal[] rate = rate(answer, "RATIO");
        if (rate[0].compareTo(rate[1]) >= 0) {
            return max;
        }
        return clean(rate[0].multiply(max).divide(rate[1], SCALE, RoundingMode.HALF_UP));
    }

    // Quyết định 766/QĐ-TTg (2022): at or above the target, full points; below, rate / target × points.
    static BigDecimal cappedTarget(ScoringRule.CappedTarget rule, Answer answer, BigDecimal max) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal[] rate = rate(answer, "CAPPED_TARGET");
        BigDecimal atTarget = rate[1].multiply(rule.target());
        if (rate[0].compareTo(atTarget) >= 0) {
            return max;
        }
        return clean(rate[0].multiply(max).divide(atTarget, SCALE, RoundingMode.HALF_UP));
    }

    static BigDecimal steps(ScoringRule.StepTable rule, Answer answer, BigDecimal max) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal figure = figure(answer, "STEPS");
        BigDecimal points = BigDecimal.ZERO;
        for (ScoringRule.Step step : rule.steps()) {
            if (figure.compareTo(step.atLeast()) >= 0 && step.points().compareTo(points) > 0) {
                points = step.points();
            }
        }
        return cap(points, max);
    }

    static BigDecimal manual(Answer answer, BigDecimal max) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal points = figure(answer, "MANUAL");
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new RefusedAnswer("dti.scoring.answer.manual-range", points.toPlainString(), max.toPlainString());
        }
        return points;
    }

    /**
     * The rate as {numerator, denominator}: a and b of a fraction, or the figure over 1; never negative. A
     * denominator of 0 (nothing to count) reads as 0 / 1.
     */
    private static BigDecimal[] rate(Answer answer, String rule) {
        if (answer instanceof Answer.Fraction fraction) {
            BigDecimal a = fraction.numerator();
            BigDecimal b = fraction.denominator();
            if (a == null || b == null || a.signum() < 0 || b.signum() < 0) {
                throw new RefusedAnswer("dti.scoring.answer.negative", String.valueOf(a), String.valueOf(b));
            }
            return b.signum() == 0 ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE} : new BigDecimal[] {a, b};
        }
        BigDecimal figure = figure(answer, rule);
        if (figure.signum() < 0) {
            throw new RefusedAnswer("dti.scoring.answer.negative", figure.toPlainString(), "1");
        }
        return new BigDecimal[] {figure, BigDecimal.ONE};
    }

    private static BigDecimal figure(Answer answer, String rule) {
        if (!(answer instanceof Answer.Figure figure) || figure.value() == null) {
            throw RefusedAnswer.wrongKind(answer, rule);
        }
        return figure.value();
    }

    private static BigDecimal cap(BigDecimal points, BigDecimal max) {
        return points.compareTo(max) > 0 ? max : clean(points);
    }

    static BigDecimal clean(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
