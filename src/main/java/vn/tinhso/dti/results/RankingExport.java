package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.dti.scoring.Place;
import vn.tinhso.dti.scoring.Standing;

/**
 * The published ranking as rows for the workbook and the PDF: rank, unit, DTI (4 decimals), change since the previous
 * period, robustness interval, then each counted main index's value and rank and each pillar's.
 */
record RankingExport(String title, String subtitle, List<String> head, List<Row> rows, boolean illustrative) {

    /** A unit's cells; values as numbers for the workbook. */
    record Row(Integer rank, String unit, BigDecimal total, Integer change, String interval, List<BigDecimal> values,
               List<Integer> ranks) {
    }

    static RankingExport of(PeriodRanking ranking, YearChanges.YearChange change,
                            Map<String, Robustness.Interval> intervals, Map<String, String> labels) {
        var framework = ranking.framework().framework();
        var head = new ArrayList<>(List.of(labels.get("rank"), labels.get("unit"), labels.get("total"),
                labels.get("change"), labels.get("interval")));
        List<MainIndex> indices = framework.countedMainIndices();
        indices.forEach(index -> head.add(index.code()));
        List<String> pillars = ranking.ranking().standings().stream().findFirst()
                .map(s -> List.copyOf(s.pillars().keySet())).orElse(List.of());
        pillars.forEach(pillar -> head.add(labels.get("pillar") + " " + pillar));
        var rows = new ArrayList<Row>();
        for (RankingView.Line line : RankingView.of(ranking, "TOTAL", change, intervals).lines()) {
            Standing standing = ranking.ranking().standing(line.code()).orElseThrow();
            var values = new ArrayList<BigDecimal>();
            var ranks = new ArrayList<Integer>();
            for (MainIndex index : indices) {
                Place place = standing.mainIndices().get(index.code());
                values.add(place == null ? null : place.value());
                ranks.add(place == null || !standing.ranked() ? null : place.rank());
            }
            for (String pillar : pillars) {
                Place place = standing.pillars().get(pillar);
                values.add(place == null ? null : place.value());
                ranks.add(place == null || !standing.ranked() ? null : place.rank());
            }
            Robustness.Interval interval = line.interval();
            rows.add(new Row(line.rank(), line.name(), line.value(), line.change(),
                    interval == null ? "" : interval.p5() == interval.p95() ? String.valueOf(interval.p5())
                            : interval.p5() + "–" + interval.p95(), values, ranks));
        }
        String published = ranking.period().publishedAt() == null ? ""
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(ranking.period().publishedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        return new RankingExport(ranking.period().title(), framework.name() + " · " + labels.get("published") + " "
                + published, head, rows, framework.illustrative());
    }
}
