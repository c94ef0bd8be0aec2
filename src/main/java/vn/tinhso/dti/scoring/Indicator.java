package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator (chỉ số thành phần / chỉ tiêu) of a main index, scored by its {@link ScoringRule}.
 *
 * @param mainIndex     code of the main index it belongs to
 * @param dataSource    where the figure comes from (self-assessment, a national system, tinhso itself)
 * @param verifyingBody who checks the evidence
 * @param pillars       pillars it counts towards besides those of its main index
 */
public record Indicator(String code, String mainIndex, String name, BigDecimal maxPoints, ScoringRule rule,
                        Evidence evidence, String dataSource, String verifyingBody, List<String> pillars) {

    public Indicator {
        pillars = Lists.of(pillars);
    }
}
