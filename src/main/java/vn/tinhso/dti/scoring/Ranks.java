package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Standard competition ranks ("1224") on published values: a unit's rank is one more than the number of ranked
 * units with a strictly higher published value (two units tied at 15 are followed by 17). Units scored but not
 * ranked get their values and no rank.
 */
final class Ranks {

    private Ranks() {
    }

    static Ranking of(Framework framework, List<UnitResult> units) {
        var seen = new HashSet<String>();
        for (UnitResult unit : units) {
            if (!seen.add(unit.unit())) {
                throw new RefusedAnswer("dti.scoring.answer.duplicate-unit", unit.unit());
            }
        }
        Map<String, Integer> totals = ranks(units, unit -> Optional.of(unit.assessment().total()));
        var mainRanks = new LinkedHashMap<String, Map<String, Integer>>();
        for (MainIndex index : framework.countedMainIndices()) {
            mainRanks.put(index.code(), ranks(units, unit -> unit.assessment().mainIndex(index.code())));
        }
        var pillarRanks = new LinkedHashMap<String, Map<String, Integer>>();
        for (String pillar : framework.pillars()) {
            pillarRanks.put(pillar, ranks(units, unit -> unit.assessment().pillar(pillar)));
        }
        var standings = new ArrayList<Standing>();
        for (UnitResult unit : units) {
            Assessment assessment = unit.assessment();
            var main = new LinkedHashMap<String, Place>();
            assessment.mainIndices().forEach((code, score) ->
                    main.put(code, new Place(score.published(), rankOf(mainRanks.get(code), unit.unit()))));
            var pillars = new LinkedHashMap<String, Place>();
            assessment.pillars().forEach((code, score) ->
                    pillars.put(code, new Place(score.published(), rankOf(pillarRanks.get(code), unit.unit()))));
            Place total = new Place(assessment.total().published(), totals.get(unit.unit()));
            standings.add(new Standing(unit.unit(), unit.ranked(), assessment, total, main, pillars));
        }
        standings.sort(Comparator.comparing((Standing s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
                .thenComparing(Standing::unit));
        return new Ranking(framework, standings);
    }

    private static Integer rankOf(Map<String, Integer> ranks, String unit) {
        return ranks == null ? null : ranks.get(unit);
    }

    /** Ranks of the ranked units that have a score for this measure. */
    private static Map<String, Integer> ranks(List<UnitResult> units, Function<UnitResult, Optional<Score>> measure) {
        var values = new ArrayList<Map.Entry<String, BigDecimal>>();
        for (UnitResult unit : units) {
            if (unit.ranked()) {
                measure.apply(unit).ifPresent(score -> values.add(Map.entry(unit.unit(), score.published())));
            }
        }
        values.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
        var ranks = new HashMap<String, Integer>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i).getValue();
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
                previous = value;
            }
            ranks.put(values.get(i).getKey(), rank);
        }
        return ranks;
    }
}
