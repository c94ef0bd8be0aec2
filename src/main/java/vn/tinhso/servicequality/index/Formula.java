package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an indicator turns its rate into points (Quyết định 766/QĐ-TTg: rates against targets). */
public enum Formula {
    /** points × min(1, rate / target): at or above the target, full points; below it, in proportion. */
    CAPPED_RATE,
    /** points × rate: the target is 100%. */
    RATE;

    /** The points earned by {@code numerator / denominator} (denominator &gt; 0), rounded to two decimals. */
    BigDecimal points(BigDecimal points, long numerator, long denominator, BigDecimal target) {
        BigDecimal reached = BigDecimal.valueOf(Math.min(numerator, denominator));
        BigDecimal scale = BigDecimal.valueOf(denominator);
        if (this == CAPPED_RATE) {
            scale = scale.multiply(target);
        }
        BigDecimal share = reached.divide(scale, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return points.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }
}
