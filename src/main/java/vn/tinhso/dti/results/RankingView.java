package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.dti.scoring.Movement;
import vn.tinhso.dti.scoring.Place;
import vn.tinhso.dti.scoring.Ranking;
import vn.tinhso.dti.scoring.Standing;

/**
 * One table of a published ranking — the total, a main index or a pillar — with each unit's value, rank, change
 * since the previous period and (for the total) its robustness interval; and the figures of the charts.
 *
 * @param measure TOTAL, a main-index code or {@code P:} and a pillar code (922 has main indices and pillars both
 *                named CQS, KTS, XHS)
 * @param lines ranked units by rank, then the units not ranked
 */
record RankingView(String measure, List<Line> lines) {

    static final String PILLAR = "P:";

    /**
     * A unit's line.
     *
     * @param rank null when scored but not ranked
     * @param change places gained since the previous period (positive up), null without both ranks
     * @param previousRank last period's rank (of the unit, or of the mean of its predecessors)
     */
    record Line(String code, String name, BigDecimal value, Integer rank, Integer change, Integer previousRank,
                Robustness.Interval interval, boolean merged) {
    }

    static RankingView of(PeriodRanking ranking, String measure, YearChanges.YearChange change,
                          Map<String, Robustness.Interval> intervals) {
        var lines = new ArrayList<Line>();
        for (Standing standing : sorted(ranking.ranking(), measure)) {
            Place place = place(standing, measure);
            if (place == null) {
                continue;
            }
            Movement movement = change == null ? null : change.comparison().change(standing.unit())
                    .map(c -> movement(c, measure)).orElse(null);
            lines.add(new Line(standing.unit(), ranking.name(standing.unit()), place.value(),
                    standing.ranked() ? place.rank() : null, movement == null ? null : movement.rankChange(),
                    movement == null ? null : movement.previousRank(),
                    "TOTAL".equals(measure) ? intervals.get(standing.unit()) : null,
                    change != null && change.predecessors().containsKey(standing.unit())));
        }
        return new RankingView(measure, lines);
    }

    private static List<Standing> sorted(Ranking ranking, String measure) {
        return ranking.standings().stream().sorted((a, b) -> {
            Place pa = place(a, measure);
            Place pb = place(b, measure);
            boolean ra = a.ranked() && pa != null && pa.rank() != null;
            boolean rb = b.ranked() && pb != null && pb.rank() != null;
            if (ra != rb) {
                return ra ? -1 : 1;
            }
            if (ra) {
                return Integer.compare(pa.rank(), pb.rank());
            }
            return pb == null || pa == null ? 0 : pb.value().compareTo(pa.value());
        }).toList();
    }

    static Place place(Standing standing, String measure) {
        if ("TOTAL".equals(measure)) {
            return standing.total();
        }
        return measure.startsWith(PILLAR) ? standing.pillars().get(measure.substring(PILLAR.length()))
                : standing.mainIndices().get(measure);
    }

    private static Movement movement(vn.tinhso.dti.scoring.Change change, String measure) {
        if ("TOTAL".equals(measure)) {
            return change.total();
        }
        return measure.startsWith(PILLAR) ? change.pillars().get(measure.substring(PILLAR.length()))
                : change.mainIndices().get(measure);
    }

    /**
     * The radar chart of a unit: its value on each counted main index beside the average of all units and the
     * leader's (the first in the total).
     */
    static Map<String, Object> radar(PeriodRanking ranking, String unit) {
        var indicators = new ArrayList<Map<String, Object>>();
        var mine = new ArrayList<BigDecimal>();
        var average = new ArrayList<BigDecimal>();
        var leader = new ArrayList<BigDecimal>();
        List<Standing> standings = ranking.ranking().standings();
        Standing first = standings.isEmpty() ? null : standings.get(0);
        Standing me = ranking.ranking().standing(unit).orElse(first);
        for (MainIndex index : ranking.framework().framework().countedMainIndices()) {
            indicators.add(Map.of("name", index.code() + " · " + index.name(), "max", 1));
            mine.add(value(me, index.code()));
            leader.add(value(first, index.code()));
            BigDecimal sum = standings.stream().map(s -> value(s, index.code())).reduce(BigDecimal.ZERO, BigDecimal::add);
            average.add(standings.isEmpty() ? BigDecimal.ZERO
                    : sum.divide(BigDecimal.valueOf(standings.size()), 4, RoundingMode.HALF_UP));
        }
        var radar = new LinkedHashMap<String, Object>();
        radar.put("indicators", indicators);
        radar.put("unit", me == null ? "" : ranking.name(me.unit()));
        radar.put("leader", first == null ? "" : ranking.name(first.unit()));
        radar.put("mine", mine);
        radar.put("average", average);
        radar.put("best", leader);
        return radar;
    }

    private static BigDecimal value(Standing standing, String code) {
        if (standing == null) {
            return BigDecimal.ZERO;
        }
        Place place = standing.mainIndices().get(code);
        return place == null ? BigDecimal.ZERO : place.value();
    }
}
