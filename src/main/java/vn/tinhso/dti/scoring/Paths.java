package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The path to a target rank. A unit reaches rank R when at most R − 1 other ranked units have a higher published
 * score, so it must tie the R-th best of the others at 4 decimals; a published value v is reached by any exact
 * score from v − 0.00005 (half-up rounding).
 */
final class Paths {

    private static final BigDecimal HALF_STEP = new BigDecimal("0.00005");

    private Paths() {
    }

    static PathToTarget to(Ranking ranking, String unit, int targetRank, Map<String, BigDecimal> effort,
                           BigDecimal defaultEffort) {
        if (targetRank < 1) {
            throw new RefusedAnswer("dti.scoring.answer.target-rank", String.valueOf(targetRank));
        }
        Standing standing = ranking.standing(unit)
                .orElseThrow(() -> new RefusedAnswer("dti.scoring.answer.unknown-unit", unit));
        BigDecimal mine = standing.total().value();
        List<BigDecimal> others = ranking.standings().stream()
                .filter(other -> other.ranked() && !other.unit().equals(unit))
                .map(other -> other.total().value()).sorted(Comparator.reverseOrder()).toList();
        int currentRank = 1 + (int) others.stream().filter(value -> value.compareTo(mine) > 0).count();
        BigDecimal target = targetRank <= others.size() ? others.get(targetRank - 1) : null;
        BigDecimal scoreGap = BigDecimal.ZERO;
        if (target != null && currentRank > targetRank) {
            scoreGap = target.subtract(HALF_STEP).subtract(standing.assessment().score()).max(BigDecimal.ZERO);
        }
        BigDecimal pointsGap = Rules.clean(scoreGap.multiply(ranking.framework().totalPoints()));
        List<PlanStep> candidates = candidates(ranking.framework(), standing.assessment(), effort, defaultEffort);
        var plan = new ArrayList<PlanStep>();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (PlanStep step : candidates) {
            if (cumulative.compareTo(pointsGap) >= 0) {
                break;
            }
            cumulative = cumulative.add(step.available());
            plan.add(new PlanStep(step.code(), step.name(), step.available(), step.effort(), step.pointsPerEffort(),
                    cumulative));
        }
        return new PathToTarget(unit, currentRank, targetRank, mine, target, Rules.clean(scoreGap), pointsGap, plan,
                cumulative.compareTo(pointsGap) >= 0);
    }

    /** Indicators (or main indices, for an assessment of values) with points left, best points per effort first. */
    private static List<PlanStep> candidates(Framework framework, Assessment assessment, Map<String, BigDecimal> effort,
                                             BigDecimal defaultEffort) {
        var steps = new ArrayList<PlanStep>();
        if (assessment.indicatorPoints().isEmpty()) {
            for (MainIndex index : framework.countedMainIndices()) {
                BigDecimal points = assessment.mainIndex(index.code()).map(Score::points).orElse(BigDecimal.ZERO);
                add(steps, index.code(), index.name(), index.maxPoints().subtract(points), effort.getOrDefault(index.code(),
                        defaultEffort));
            }
        } else {
            for (Indicator indicator : framework.indicators()) {
                if (framework.mainIndex(indicator.mainIndex()).map(MainIndex::counted).orElse(false)) {
                    BigDecimal points = assessment.indicatorPoints().getOrDefault(indicator.code(), BigDecimal.ZERO);
                    add(steps, indicator.code(), indicator.name(), indicator.maxPoints().subtract(points),
                            effort.getOrDefault(indicator.code(), defaultEffort));
                }
            }
        }
        steps.sort(Comparator.comparing(PlanStep::pointsPerEffort).reversed()
                .thenComparing(Comparator.comparing(PlanStep::available).reversed())
                .thenComparing(PlanStep::code));
        return steps;
    }

    private static void add(List<PlanStep> steps, String code, String name, BigDecimal available, BigDecimal cost) {
        if (available.signum() <= 0) {
            return;
        }
        if (cost == null || cost.signum() <= 0) {
            throw new RefusedAnswer("dti.scoring.answer.effort", code, String.valueOf(cost));
        }
        BigDecimal perEffort = Rules.clean(available.divide(cost, Rules.SCALE, RoundingMode.HALF_UP));
        steps.add(new PlanStep(code, name, Rules.clean(available), cost, perEffort, BigDecimal.ZERO));
    }
}
