package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A main index (chỉ số chính) of a framework, e.g. {@code NTS} Nhận thức số, 100 points. A main index of 0 points
 * (Đô thị thông minh under Quyết định 922/QĐ-BTTTT) is assessed but not counted: it has no value and no rank.
 *
 * @param pillars the pillars (CQS, KTS, XHS or others) the whole main index counts towards
 */
public record MainIndex(String code, String name, BigDecimal maxPoints, List<String> pillars) {

    public MainIndex {
        pillars = Lists.of(pillars);
    }

    /** Whether the main index counts in the score (its maximum is above zero). */
    public boolean counted() {
        return maxPoints != null && maxPoints.signum() > 0;
    }
}
