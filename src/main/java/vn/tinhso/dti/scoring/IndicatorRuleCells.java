package vn.tinhso.dti.scoring;

import static vn.tinhso.dti.scoring.SheetFormat.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Cách chấm, Tham số and Số liệu tự động cells of an indicator row, read into a {@link ScoringRule}. */
final class IndicatorRuleCells {

    private static final int RULE = 4;
    private static final int PARAMETERS = 5;
    private static final int METRIC = 6;

    private IndicatorRuleCells() {
    }

    /** The rule, or null after reporting why it cannot be read. */
    static ScoringRule rule(SheetRow row) {
        String label = row.required(RULE);
        if (label == null) {
            return null;
        }
        String type = ruleType(label).orElse(null);
        if (type == null) {
            row.problem(RULE, "dti.scoring.file.choice", label, String.join(", ", RULES.values().stream().sorted().toList()));
            return null;
        }
        ScoringRule rule = scored(row, type, row.text(PARAMETERS));
        String metricText = row.text(METRIC);
        if (metricText.isEmpty() || rule == null) {
            return rule;
        }
        try {
            return new ScoringRule.Automatic(Metric.valueOf(metricText.toUpperCase(Locale.ROOT)), rule);
        } catch (IllegalArgumentException unknown) {
            row.problem(METRIC, "dti.scoring.file.choice", metricText,
                    Arrays.stream(Metric.values()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    private static ScoringRule scored(SheetRow row, String type, String parameters) {
        switch (type) {
            case "YES_NO": {
                var pairs = pairsOf(row, parameters, false, GRADES_PATTERN);
                if (pairs == null) {
                    return null;
                }
                var grades = Arrays.stream(parameters.split(";")).filter(part -> !part.isBlank())
                        .map(part -> part.substring(0, part.lastIndexOf('=')).strip()).toList();
                return new ScoringRule.YesNo(java.util.stream.IntStream.range(0, grades.size())
                        .mapToObj(i -> new ScoringRule.Grade(grades.get(i), pairs.get(i)[1])).toList());
            }
            case "CAPPED_TARGET": {
                BigDecimal target = number(parameters).orElse(null);
                if (target == null) {
                    row.problem(PARAMETERS, "dti.scoring.file.parameters", parameters, TARGET_PATTERN);
                }
                return target == null ? null : new ScoringRule.CappedTarget(target);
            }
            case "STEPS": {
                var pairs = pairsOf(row, parameters, true, STEPS_PATTERN);
                return pairs == null ? null : new ScoringRule.StepTable(pairs.stream()
                        .map(pair -> new ScoringRule.Step(pair[0], pair[1])).toList());
            }
            case "RATIO":
                return new ScoringRule.Ratio();
            default:
                return new ScoringRule.Manual();
        }
    }

    private static List<BigDecimal[]> pairsOf(SheetRow row, String parameters, boolean leftIsNumber, String pattern) {
        var pairs = pairs(parameters, leftIsNumber).orElse(null);
        if (pairs == null) {
            row.problem(PARAMETERS, "dti.scoring.file.parameters", parameters, pattern);
        }
        return pairs;
    }
}
