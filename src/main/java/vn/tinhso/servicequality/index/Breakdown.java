package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A unit's Decision 766 score for a period, indicator by indicator, so that an officer sees why points were lost:
 * each indicator's numerator, denominator, rate, target, points earned and points lost.
 *
 * @param framework the version of the index the period was scored with
 * @param groups the groups' scores, in order
 */
public record Breakdown(Framework framework, List<GroupScore> groups) {

    public Breakdown {
        groups = List.copyOf(groups);
    }

    /** Points earned, out of {@link Framework#points()} (100). */
    public BigDecimal score() {
        return groups.stream().map(GroupScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal lost() {
        return framework.points().subtract(score());
    }

    /** The points of the indicators that could be measured: what the score is out of, once data is missing. */
    public BigDecimal assessable() {
        return indicators().stream().filter(i -> i.status() != Status.NO_DATA)
                .map(i -> i.indicator().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<IndicatorScore> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    /** How an indicator was scored. */
    public enum Status {
        /** Rate from the platform's own figures. */
        SCORED,
        /** Nothing to count in the period (không phát sinh): full points. */
        NOT_APPLICABLE,
        /** The platform does not record the measure yet: 0 points. */
        NO_DATA
    }

    /**
     * @param group the group
     * @param indicators its indicators' scores
     */
    public record GroupScore(Framework.Group group, List<IndicatorScore> indicators) {

        public GroupScore {
            indicators = List.copyOf(indicators);
        }

        public BigDecimal score() {
            return indicators.stream().map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal lost() {
            return group.points().subtract(score());
        }
    }

    /**
     * @param indicator the indicator
     * @param status how it was scored
     * @param numerator what met it; null without data
     * @param denominator what it is counted out of; null without data
     * @param points points earned
     */
    public record IndicatorScore(Framework.Indicator indicator, Status status, Long numerator, Long denominator,
                                 BigDecimal points) {

        /** numerator / denominator with four decimals; null when there is nothing to divide. */
        public BigDecimal rate() {
            if (status != Status.SCORED) {
                return null;
            }
            return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        }

        public BigDecimal lost() {
            return indicator.points().subtract(points);
        }
    }
}
