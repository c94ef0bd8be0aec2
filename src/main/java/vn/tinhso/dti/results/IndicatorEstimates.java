package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import vn.tinhso.dti.scoring.Assessment;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.Scoring;

/**
 * Indicator points estimated from main-index values 0–1, which is all the national table publishes: each indicator
 * of a main index is taken to have the index's value, so the points still available are shared in proportion to the
 * indicators' maxima. The path to a target rank plans on these estimates, and its page says so.
 */
final class IndicatorEstimates {

    private IndicatorEstimates() {
    }

    static Assessment of(Framework framework, Map<String, BigDecimal> mainIndexValues) {
        var points = new HashMap<String, BigDecimal>();
        for (Indicator indicator : framework.indicators()) {
            BigDecimal value = mainIndexValues.getOrDefault(indicator.mainIndex(), BigDecimal.ZERO);
            points.put(indicator.code(), indicator.maxPoints().multiply(value));
        }
        return Scoring.ofPoints(framework, points);
    }
}
