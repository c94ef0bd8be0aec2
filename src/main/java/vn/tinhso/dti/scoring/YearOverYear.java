package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rank and value changes from one year to the next. Units merged in the 2025 reorganisation (Nghị quyết
 * 202/2025/QH15) are compared with the arithmetic mean of their predecessors' main-index values, as the national
 * DTI report does; last year is then re-ranked with the merged units in place of their predecessors.
 */
final class YearOverYear {

    private YearOverYear() {
    }

    static Comparison compare(Ranking current, Ranking previous, Map<String, List<String>> merges) {
        Ranking before = merges.isEmpty() ? previous : withMerges(current, previous, merges);
        Map<String, Standing> previousByUnit = new java.util.HashMap<>();
        before.standings().forEach(standing -> previousByUnit.put(standing.unit(), standing));
        var changes = new ArrayList<Change>();
        for (Standing now : current.standings()) {
            Standing then = previousByUnit.get(now.unit());
            var main = new LinkedHashMap<String, Movement>();
            now.mainIndices().forEach((code, place) ->
                    main.put(code, movement(place, then == null ? null : then.mainIndices().get(code))));
            var pillars = new LinkedHashMap<String, Movement>();
            now.pillars().forEach((code, place) ->
                    pillars.put(code, movement(place, then == null ? null : then.pillars().get(code))));
            changes.add(new Change(now.unit(), merges.getOrDefault(now.unit(), List.of()),
                    movement(now.total(), then == null ? null : then.total()), main, pillars));
        }
        return new Comparison(current, before, changes);
    }

    private static Movement movement(Place now, Place then) {
        return new Movement(now.rank(), then == null ? null : then.rank(), now.value(),
                then == null ? null : then.value());
    }

    private static Ranking withMerges(Ranking current, Ranking previous, Map<String, List<String>> merges) {
        Framework framework = previous.framework();
        Set<String> replaced = new HashSet<>();
        merges.values().forEach(replaced::addAll);
        Map<String, Standing> byUnit = new java.util.HashMap<>();
        previous.standings().forEach(standing -> byUnit.put(standing.unit(), standing));
        var units = new ArrayList<UnitResult>();
        for (Standing standing : previous.standings()) {
            if (!replaced.contains(standing.unit()) && !merges.containsKey(standing.unit())) {
                units.add(new UnitResult(standing.unit(), standing.assessment(), standing.ranked()));
            }
        }
        for (Map.Entry<String, List<String>> merge : merges.entrySet()) {
            List<Standing> predecessors = merge.getValue().stream()
                    .map(byUnit::get).filter(java.util.Objects::nonNull).toList();
            if (!predecessors.isEmpty()) {
                units.add(new UnitResult(merge.getKey(), Assessing.fromValues(framework, means(framework, predecessors)),
                        predecessors.stream().anyMatch(Standing::ranked)));
            }
        }
        return Ranks.of(framework, units);
    }

    /** The arithmetic mean of each counted main index's exact value over the predecessors. */
    private static Map<String, BigDecimal> means(Framework framework, List<Standing> predecessors) {
        var means = new LinkedHashMap<String, BigDecimal>();
        BigDecimal count = BigDecimal.valueOf(predecessors.size());
        for (MainIndex index : framework.countedMainIndices()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Standing standing : predecessors) {
                sum = sum.add(standing.assessment().mainIndex(index.code()).map(Score::value).orElse(BigDecimal.ZERO));
            }
            means.put(index.code(), sum.divide(count, Rules.SCALE, RoundingMode.HALF_UP));
        }
        return means;
    }
}
