package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.tinhso.dti.scoring.FrameworkProblem.Where;

/** Every check a framework must pass before it scores anything; each failure is one {@link FrameworkProblem}. */
final class FrameworkChecks {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final Problems problems = new Problems();

    private FrameworkChecks() {
    }

    static List<FrameworkProblem> of(Framework framework) {
        var checks = new FrameworkChecks();
        checks.header(framework);
        Set<String> mainCodes = checks.mainIndices(framework);
        checks.indicators(framework, mainCodes);
        checks.sums(framework);
        return checks.problems.list();
    }

    private void header(Framework framework) {
        Where where = Where.framework(framework.code());
        code(where, framework.code());
        required(where, "name", framework.name());
        required(where, "level", framework.level());
        required(where, "effectiveFrom", framework.effectiveFrom());
        if (framework.version() < 1) {
            problem(where, "dti.scoring.framework.version", framework.version());
        }
        if (framework.effectiveFrom() != null && framework.effectiveTo() != null
                && framework.effectiveTo().isBefore(framework.effectiveFrom())) {
            problem(where, "dti.scoring.framework.period", framework.effectiveTo(), framework.effectiveFrom());
        }
        if (framework.mainIndices().isEmpty()) {
            problem(where, "dti.scoring.framework.no-main-index");
        }
        points(where, framework.total(), "total");
    }

    private Set<String> mainIndices(Framework framework) {
        Set<String> codes = new HashSet<>();
        for (MainIndex index : framework.mainIndices()) {
            if (index == null) {
                continue;
            }
            Where where = Where.mainIndex(index.code());
            if (code(where, index.code()) && !codes.add(index.code())) {
                problem(where, "dti.scoring.framework.duplicate-main-index", index.code());
            }
            required(where, "name", index.name());
            points(where, index.maxPoints(), "maxPoints");
            pillars(where, index.pillars());
        }
        return codes;
    }

    private void indicators(Framework framework, Set<String> mainCodes) {
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : framework.indicators()) {
            if (indicator == null) {
                continue;
            }
            Where where = Where.indicator(indicator.code());
            if (code(where, indicator.code()) && !codes.add(indicator.code())) {
                problem(where, "dti.scoring.framework.duplicate-indicator", indicator.code());
            }
            if (indicator.mainIndex() == null || indicator.mainIndex().isBlank()) {
                required(where, "mainIndex", null);
            } else if (!mainCodes.contains(indicator.mainIndex())) {
                problem(where, "dti.scoring.framework.unknown-main-index", indicator.mainIndex());
            }
            required(where, "name", indicator.name());
            boolean pointsValid = points(where, indicator.maxPoints(), "maxPoints");
            pillars(where, indicator.pillars());
            if (indicator.rule() == null) {
                required(where, "rule", null);
            } else {
                RuleChecks.check(problems, where, indicator.rule(), pointsValid ? indicator.maxPoints() : null);
            }
            if (!(indicator.rule() instanceof ScoringRule.Automatic)
                    && (indicator.evidence() == null || blank(indicator.evidence().text()))) {
                required(where, "evidence", null);
            }
        }
    }

    // Quyết định 922/QĐ-BTTTT: the indicators share out their main index's points, the main indices the total.
    private void sums(Framework framework) {
        boolean pointsKnown = framework.mainIndices().stream().allMatch(i -> i != null && i.maxPoints() != null)
                && framework.indicators().stream().allMatch(i -> i != null && i.maxPoints() != null);
        if (!pointsKnown) {
            return;
        }
        if (!framework.indicators().isEmpty()) {
            for (MainIndex index : framework.mainIndices()) {
                BigDecimal sum = framework.indicators().stream().filter(i -> index.code() != null
                        && index.code().equals(i.mainIndex())).map(Indicator::maxPoints)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(index.maxPoints()) != 0) {
                    problem(Where.mainIndex(index.code()), "dti.scoring.framework.indicator-sum", plain(sum),
                            plain(index.maxPoints()));
                }
            }
        }
        BigDecimal sum = framework.mainIndices().stream().map(MainIndex::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (framework.total() != null && sum.compareTo(framework.total()) != 0) {
            problem(Where.framework(framework.code()), "dti.scoring.framework.main-index-sum", plain(sum),
                    plain(framework.total()));
        }
    }

    private boolean code(Where where, String code) {
        if (blank(code)) {
            required(where, "code", null);
            return false;
        }
        if (!CODE.matcher(code).matches()) {
            problem(where, "dti.scoring.framework.code-format", code);
            return false;
        }
        return true;
    }

    private boolean points(Where where, BigDecimal points, String field) {
        if (points == null) {
            required(where, field, null);
            return false;
        }
        if (points.signum() < 0) {
            problem(where, "dti.scoring.framework.negative-points", plain(points));
            return false;
        }
        return true;
    }

    private void pillars(Where where, List<String> pillars) {
        if (pillars.stream().anyMatch(pillar -> pillar == null || !CODE.matcher(pillar).matches())) {
            problem(where, "dti.scoring.framework.pillar", pillars);
        }
    }

    private void required(Where where, String field, Object value) {
        problems.required(where, field, value);
    }

    private void problem(Where where, String code, Object... arguments) {
        problems.add(where, code, arguments);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String plain(BigDecimal value) {
        return value == null ? "—" : Rules.clean(value).toPlainString();
    }
}
