package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Measure total = new Measure(units, Assessment::total);
        var mainIndices = new LinkedHashMap<String, Measure>();
        for (MainIndex index : framework.countedMainIndices()) {
            mainIndices.put(index.code(), new Measure(units, a -> a.mainIndices().get(index.code())));
        }
        var pillars = new LinkedHashMap<String, Measure>();
        for (String pillar : framework.pillars()) {
            pillars.put(pillar, new Measure(units, a -> a.pillars().get(pillar)));
        }
        var standings = new ArrayList<Standing>(units.size());
        for (int u = 0; u < units.size(); u++) {
            UnitResult unit = units.get(u);
            standings.add(new Standing(unit.unit(), unit.ranked(), unit.assessment(), total.place(u),
                    places(mainIndices, u), places(pillars, u)));
        }
        standings.sort(Comparator.comparing((Standing s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
                .thenComparing(Standing::unit));
        return new Ranking(framework, standings);
    }

    private static Map<String, Place> places(Map<String, Measure> measures, int unit) {
        var places = new LinkedHashMap<String, Place>();
        measures.forEach((code, measure) -> {
            Place place = measure.place(unit);
            if (place != null) {
                places.put(code, place);
            }
        });
        return places;
    }

    /** One measure (the total, a main index, a pillar): each unit's published value and rank, by unit position. */
    private static final class Measure {

        private final BigDecimal[] values;
        private final Integer[] ranks;

        Measure(List<UnitResult> units, Function<Assessment, Score> score) {
            int n = units.size();
            values = new BigDecimal[n];
            ranks = new Integer[n];
            var ranked = new ArrayList<Integer>(n);
            for (int u = 0; u < n; u++) {
                Score found = score.apply(units.get(u).assessment());
                if (found != null) {
                    values[u] = found.published();
                    if (units.get(u).ranked()) {
                        ranked.add(u);
                    }
                }
            }
            Integer[] order = ranked.toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> values[b].compareTo(values[a]));
            int rank = 0;
            for (int i = 0; i < order.length; i++) {
                if (i == 0 || values[order[i]].compareTo(values[order[i - 1]]) != 0) {
                    rank = i + 1;
                }
                ranks[order[i]] = rank;
            }
        }

        /** Null when the unit has no score for this measure. */
        Place place(int unit) {
            return values[unit] == null ? null : new Place(values[unit], ranks[unit]);
        }
    }
}
