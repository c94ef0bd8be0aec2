package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores a unit against a version of the index (Quyết định 766/QĐ-TTg). Each indicator reads its measure:
 * <ul>
 *   <li>not recorded by the platform: "no data", 0 points — a missing module never earns full marks;</li>
 *   <li>denominator 0 (không phát sinh): full points, the rule provincial scoring guides commonly state;</li>
 *   <li>otherwise the indicator's {@link Formula} on numerator / denominator.</li>
 * </ul>
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * @param framework the version in force
     * @param counts the counts of each measure for the unit and period; empty when the platform does not record it
     */
    public static Breakdown score(Framework framework, Function<IndexMeasure, Optional<Count>> counts) {
        return new Breakdown(framework, framework.groups().stream()
                .map(group -> new Breakdown.GroupScore(group, group.indicators().stream()
                        .map(indicator -> score(indicator, indicator.measure().recorded()
                                ? counts.apply(indicator.measure()) : Optional.empty()))
                        .toList()))
                .toList());
    }

    static Breakdown.IndicatorScore score(Framework.Indicator indicator, Optional<Count> count) {
        if (count.isEmpty()) {
            return new Breakdown.IndicatorScore(indicator, Breakdown.Status.NO_DATA, null, null,
                    BigDecimal.ZERO.setScale(2));
        }
        Count c = count.get();
        if (c.denominator() == 0) {
            return new Breakdown.IndicatorScore(indicator, Breakdown.Status.NOT_APPLICABLE, c.numerator(), 0L,
                    indicator.points().setScale(2));
        }
        return new Breakdown.IndicatorScore(indicator, Breakdown.Status.SCORED, c.numerator(), c.denominator(),
                indicator.formula().points(indicator.points(), c.numerator(), c.denominator(), indicator.target()));
    }
}
