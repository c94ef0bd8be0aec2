package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's result under one framework, before ranking: points of each indicator (empty when the assessment
 * was given as main-index values), in framework order, and the score of each counted main index, each pillar and
 * the whole.
 * A main index of 0 points (Đô thị thông minh) has no entry: its value is undefined and it is never counted.
 */
public record Assessment(Map<String, BigDecimal> indicatorPoints, Map<String, Score> mainIndices,
                         Map<String, Score> pillars, Score total) {

    public Assessment {
        indicatorPoints = Lists.of(indicatorPoints);
        mainIndices = Lists.of(mainIndices);
        pillars = Lists.of(pillars);
    }

    /** The DTI: Σ points / Σ max over the counted main indices, exact to 10 decimals. */
    public BigDecimal score() {
        return total.value();
    }

    /** A main index's score, empty for an index that is not counted or unknown. */
    public Optional<Score> mainIndex(String code) {
        return Optional.ofNullable(mainIndices.get(code));
    }

    public Optional<Score> pillar(String code) {
        return Optional.ofNullable(pillars.get(code));
    }
}
