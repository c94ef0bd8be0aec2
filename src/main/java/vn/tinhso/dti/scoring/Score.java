package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points earned out of a maximum above zero: of the whole framework, a main index or a pillar.
 * Its value is points / max; the published value has 4 decimals, rounded half up (Quyết định 922/QĐ-BTTTT
 * publishes values such as 0.6124), and ranks are taken on the published value.
 */
public record Score(BigDecimal points, BigDecimal max) {

    /** Decimals of a published value. */
    public static final int PUBLISHED_SCALE = 4;

    public Score {
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("A score needs a maximum above zero, not " + max);
        }
    }

    /** points / max, exact to 10 decimals. */
    public BigDecimal value() {
        return points.divide(max, Rules.SCALE, RoundingMode.HALF_UP);
    }

    /** points / max rounded half up to 4 decimals, as published and ranked. */
    public BigDecimal published() {
        return points.divide(max, PUBLISHED_SCALE, RoundingMode.HALF_UP);
    }

    Score plus(BigDecimal morePoints, BigDecimal moreMax) {
        return new Score(points.add(morePoints), max.add(moreMax));
    }
}
