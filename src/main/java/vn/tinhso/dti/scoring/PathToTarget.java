package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit needs to reach a target rank: the published score that ties the unit now at that rank, the gap
 * as a score and as points of the framework's scale (1000 for provinces), and the plan that closes it.
 *
 * @param currentRank the rank it has (or would have, for a unit not ranked)
 * @param targetScore published score to reach (ties count: ranks are shared at 4 decimals); null when the
 *                    target rank is below the number of other units
 * @param scoreGap    minimum raise of the exact score whose published value reaches {@code targetScore}, 0 when
 *                    the unit is already at or above the target rank
 * @param pointsGap   {@code scoreGap} on the framework's points scale
 * @param plan        steps by points per effort, cumulative until the gap is closed (or all when it cannot be)
 * @param reachable   whether the points still available cover the gap
 */
public record PathToTarget(String unit, int currentRank, int targetRank, BigDecimal currentScore,
                           BigDecimal targetScore, BigDecimal scoreGap, BigDecimal pointsGap, List<PlanStep> plan,
                           boolean reachable) {

    public PathToTarget {
        plan = List.copyOf(plan);
    }
}
