package vn.tinhso.dti.scoring;

import static vn.tinhso.dti.scoring.FrameworkChecks.blank;
import static vn.tinhso.dti.scoring.FrameworkChecks.plain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import vn.tinhso.dti.scoring.FrameworkProblem.Where;

/**
 * The parameters of a scoring rule: grades with credits in [0, 1], a target in (0, 1], a rising step table within
 * the maximum, an automatic rule scoring its figure by a ratio, a target or steps.
 */
final class RuleChecks {

    private final Problems problems;

    private RuleChecks(Problems problems) {
        this.problems = problems;
    }

    static void check(Problems problems, Where where, ScoringRule rule, BigDecimal max) {
        new RuleChecks(problems).rule(where, rule, max, false);
    }

    private void rule(Where where, ScoringRule rule, BigDecimal max, boolean inner) {
        if (rule instanceof ScoringRule.YesNo yesNo) {
            grades(where, yesNo);
        } else if (rule instanceof ScoringRule.CappedTarget capped) {
            BigDecimal target = capped.target();
            if (target == null || target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
                problem(where, "dti.scoring.framework.target", plain(target));
            }
        } else if (rule instanceof ScoringRule.StepTable table) {
            steps(where, table, max);
        } else if (rule instanceof ScoringRule.Automatic automatic) {
            required(where, "metric", automatic.metric());
            ScoringRule innerRule = automatic.inner();
            if (inner || innerRule == null || innerRule instanceof ScoringRule.Automatic
                    || innerRule instanceof ScoringRule.Manual || innerRule instanceof ScoringRule.YesNo) {
                problem(where, "dti.scoring.framework.automatic-inner");
            } else {
                rule(where, innerRule, max, true);
            }
        }
    }

    private void grades(Where where, ScoringRule.YesNo rule) {
        if (rule.grades().isEmpty()) {
            problem(where, "dti.scoring.framework.no-grades");
        }
        Set<String> seen = new HashSet<>();
        for (ScoringRule.Grade grade : rule.grades()) {
            if (grade == null || blank(grade.code())) {
                required(where, "grade", null);
                continue;
            }
            if (!seen.add(grade.code().strip().toUpperCase(Locale.ROOT))) {
                problem(where, "dti.scoring.framework.duplicate-grade", grade.code());
            }
            if (grade.credit() == null || grade.credit().signum() < 0 || grade.credit().compareTo(BigDecimal.ONE) > 0) {
                problem(where, "dti.scoring.framework.credit", grade.code(), plain(grade.credit()));
            }
        }
    }

    private void steps(Where where, ScoringRule.StepTable table, BigDecimal max) {
        if (table.steps().isEmpty()) {
            problem(where, "dti.scoring.framework.no-steps");
        }
        ScoringRule.Step previous = null;
        for (ScoringRule.Step step : table.steps()) {
            if (step == null || step.atLeast() == null || step.points() == null) {
                required(where, "step", null);
                continue;
            }
            if (step.points().signum() < 0 || (max != null && step.points().compareTo(max) > 0)) {
                problem(where, "dti.scoring.framework.step-points", plain(step.points()), plain(max));
            }
            if (previous != null && (step.atLeast().compareTo(previous.atLeast()) <= 0
                    || step.points().compareTo(previous.points()) < 0)) {
                problem(where, "dti.scoring.framework.steps-monotone", plain(previous.atLeast()),
                        plain(step.atLeast()));
            }
            previous = step;
        }
    }

    private void required(Where where, String field, Object value) {
        problems.required(where, field, value);
    }

    private void problem(Where where, String code, Object... arguments) {
        problems.add(where, code, arguments);
    }
}
