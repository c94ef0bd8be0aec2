package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds an {@link Assessment} from answers (indicator by indicator) or from main-index values. */
final class Assessing {

    private Assessing() {
    }

    static Assessment fromAnswers(Framework framework, Map<String, Answer> answers, Map<Metric, BigDecimal> figures) {
        var points = new LinkedHashMap<String, BigDecimal>();
        int known = 0;
        for (Indicator indicator : framework.indicators()) {
            Answer answer = answers.get(indicator.code());
            known += answer == null ? 0 : 1;
            points.put(indicator.code(), indicator.rule().points(answer, indicator.maxPoints(), figures));
        }
        refuseUnknown(framework, answers.keySet(), known);
        return fromPoints(framework, points);
    }

    /** Points already decided per indicator (a missing indicator scores 0), each from 0 to its maximum. */
    static Assessment fromPoints(Framework framework, Map<String, BigDecimal> points) {
        Map<String, MainIndex> mainByCode = new HashMap<>();
        framework.mainIndices().forEach(index -> mainByCode.put(index.code(), index));
        var indicatorPoints = new LinkedHashMap<String, BigDecimal>();
        var mainPoints = new HashMap<String, BigDecimal>();
        var pillars = new Pillars();
        int known = 0;
        for (Indicator indicator : framework.indicators()) {
            BigDecimal given = points.get(indicator.code());
            known += given == null ? 0 : 1;
            BigDecimal earned = given == null ? BigDecimal.ZERO : given;
            if (earned.signum() < 0 || earned.compareTo(indicator.maxPoints()) > 0) {
                throw new RefusedAnswer("dti.scoring.answer.manual-range", earned.toPlainString(),
                        indicator.maxPoints().toPlainString());
            }
            indicatorPoints.put(indicator.code(), earned);
            MainIndex index = mainByCode.get(indicator.mainIndex());
            if (index.counted()) {
                mainPoints.merge(index.code(), earned, BigDecimal::add);
                if (!indicator.pillars().isEmpty()) { // its own pillars; its main index's are added below
                    pillars.add(extra(index.pillars(), indicator.pillars()), earned, indicator.maxPoints());
                }
            }
        }
        refuseUnknown(framework, points.keySet(), known);
        var mainIndices = new LinkedHashMap<String, Score>();
        for (MainIndex index : framework.countedMainIndices()) {
            BigDecimal earned = mainPoints.getOrDefault(index.code(), BigDecimal.ZERO);
            mainIndices.put(index.code(), new Score(earned, index.maxPoints()));
            pillars.add(index.pillars(), earned, index.maxPoints());
        }
        return assessment(framework, indicatorPoints, mainIndices, pillars);
    }

    /**
     * Refuses the first code that is no indicator of the framework; {@code known} codes were found while walking the
     * framework, so only when some were not is the framework searched (100 answers of 1,000 units searched one by one
     * cost more than scoring them).
     */
    private static void refuseUnknown(Framework framework, Set<String> codes, int known) {
        if (known < codes.size()) {
            codes.stream().filter(code -> framework.indicator(code).isEmpty()).findFirst().ifPresent(unknown -> {
                throw new RefusedAnswer("dti.scoring.answer.unknown-indicator", unknown, framework.code());
            });
        }
    }

    /** Values 0–1 for the counted main indices; a missing or 0-point main index is not needed. */
    static Assessment fromValues(Framework framework, Map<String, BigDecimal> values) {
        var mainIndices = new LinkedHashMap<String, Score>();
        var pillars = new Pillars();
        for (String code : values.keySet()) {
            if (framework.mainIndex(code).isEmpty()) {
                throw new RefusedAnswer("dti.scoring.answer.unknown-main-index", code, framework.code());
            }
        }
        for (MainIndex index : framework.countedMainIndices()) {
            BigDecimal value = values.get(index.code());
            if (value == null) {
                throw new RefusedAnswer("dti.scoring.answer.missing-value", index.code());
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new RefusedAnswer("dti.scoring.answer.value-range", index.code(), value.toPlainString());
            }
            BigDecimal points = value.multiply(index.maxPoints());
            mainIndices.put(index.code(), new Score(points, index.maxPoints()));
            pillars.add(index.pillars(), points, index.maxPoints());
        }
        return assessment(framework, Map.of(), mainIndices, pillars);
    }

    private static Assessment assessment(Framework framework, Map<String, BigDecimal> indicatorPoints,
                                         Map<String, Score> mainIndices, Pillars pillars) {
        BigDecimal points = mainIndices.values().stream().map(Score::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        Score total = new Score(points, framework.totalPoints());
        return new Assessment(indicatorPoints, mainIndices, pillars.scores(framework), total);
    }

    /** An indicator's pillars that its main index does not already count towards. */
    private static List<String> extra(List<String> ofMainIndex, List<String> own) {
        return own.stream().filter(pillar -> !ofMainIndex.contains(pillar)).distinct().toList();
    }

    /** Points and maxima added up per pillar tag. */
    private static final class Pillars {

        private final Map<String, BigDecimal[]> sums = new HashMap<>();

        void add(List<String> tags, BigDecimal points, BigDecimal max) {
            for (String tag : tags) {
                BigDecimal[] sum = sums.computeIfAbsent(tag, t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(points);
                sum[1] = sum[1].add(max);
            }
        }

        Map<String, Score> scores(Framework framework) {
            var scores = new LinkedHashMap<String, Score>();
            for (String pillar : framework.pillars()) {
                BigDecimal[] sum = sums.get(pillar);
                if (sum != null && sum[1].signum() > 0) {
                    scores.put(pillar, new Score(sum[0], sum[1]));
                }
            }
            return scores;
        }
    }
}
