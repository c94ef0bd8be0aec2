package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import vn.tinhso.dti.scoring.Assessment;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.dti.scoring.Score;

/**
 * An engine {@link Assessment} from points already decided per indicator: the final points of a period (the
 * council's where it appraised, the unit's own elsewhere), or points estimated from main-index values. The engine
 * scores answers ({@code Scoring.assess}) but takes no points; this adds them up the same way — indicators into
 * their counted main index, into the pillars of the index and of the indicator, and into the total.
 */
final class FinalAssessment {

    private FinalAssessment() {
    }

    static Assessment of(Framework framework, Map<String, BigDecimal> points) {
        var indicatorPoints = new LinkedHashMap<String, BigDecimal>();
        var mainPoints = new HashMap<String, BigDecimal>();
        var pillarPoints = new HashMap<String, BigDecimal[]>();
        for (Indicator indicator : framework.indicators()) {
            BigDecimal earned = points.getOrDefault(indicator.code(), BigDecimal.ZERO).min(indicator.maxPoints());
            indicatorPoints.put(indicator.code(), earned);
            MainIndex index = framework.mainIndex(indicator.mainIndex()).orElseThrow();
            if (!index.counted()) {
                continue;
            }
            mainPoints.merge(index.code(), earned, BigDecimal::add);
            var tags = new LinkedHashSet<>(index.pillars());
            tags.addAll(indicator.pillars());
            for (String tag : tags) {
                BigDecimal[] sum = pillarPoints.computeIfAbsent(tag, t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(earned);
                sum[1] = sum[1].add(indicator.maxPoints());
            }
        }
        var mainIndices = new LinkedHashMap<String, Score>();
        BigDecimal total = BigDecimal.ZERO;
        for (MainIndex index : framework.countedMainIndices()) {
            BigDecimal earned = mainPoints.getOrDefault(index.code(), BigDecimal.ZERO);
            mainIndices.put(index.code(), new Score(earned, index.maxPoints()));
            total = total.add(earned);
        }
        var pillars = new LinkedHashMap<String, Score>();
        for (String pillar : framework.pillars()) {
            BigDecimal[] sum = pillarPoints.get(pillar);
            if (sum != null && sum[1].signum() > 0) {
                pillars.put(pillar, new Score(sum[0], sum[1]));
            }
        }
        return new Assessment(indicatorPoints, mainIndices, pillars, new Score(total, framework.totalPoints()));
    }

    /**
     * Indicator points estimated from main-index values 0–1 (the national table publishes no more): each indicator
     * of a main index is taken to have the index's value, so the points still available are shared in proportion
     * to the indicators' maxima.
     */
    static Assessment estimated(Framework framework, Map<String, BigDecimal> mainIndexValues) {
        var points = new HashMap<String, BigDecimal>();
        for (Indicator indicator : framework.indicators()) {
            BigDecimal value = mainIndexValues.getOrDefault(indicator.mainIndex(), BigDecimal.ZERO);
            points.put(indicator.code(), indicator.maxPoints().multiply(value));
        }
        return of(framework, points);
    }
}
