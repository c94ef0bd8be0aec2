package vn.tinhso.dti.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.Standing;

/** The rank of each unit over the years: the published periods of a level up to a year, oldest first. */
@Component
class Trends {

    private final Periods periods;
    private final StoredFrameworks frameworks;
    private final Rankings rankings;

    Trends(Periods periods, StoredFrameworks frameworks, Rankings rankings) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.rankings = rankings;
    }

    /**
     * The line chart's data: {@code years} and one series per unit of the given period, its rank each year (null
     * where it was not ranked or not assessed).
     */
    Map<String, Object> of(PeriodRanking current) {
        var level = current.framework().framework().level();
        List<Period> earlier = periods.published().stream()
                .filter(p -> p.year() <= current.period().year())
                .filter(p -> frameworks.get(p.frameworkId()).framework().level() == level)
                .sorted(Comparator.comparingInt(Period::year)).toList();
        var years = new ArrayList<Integer>();
        var ranks = new LinkedHashMap<String, List<Integer>>();
        current.names().keySet().forEach(code -> ranks.put(code, new ArrayList<>()));
        for (Period period : earlier) {
            years.add(period.year());
            PeriodRanking ranking = period.id() == current.period().id() ? current : rankings.of(period);
            ranks.forEach((code, line) -> line.add(ranking.ranking().standing(code)
                    .filter(Standing::ranked).map(Standing::rank).orElse(null)));
        }
        var series = new ArrayList<Map<String, Object>>();
        ranks.forEach((code, line) -> {
            var one = new LinkedHashMap<String, Object>();
            one.put("name", current.name(code));
            one.put("data", line);
            series.add(one);
        });
        var chart = new LinkedHashMap<String, Object>();
        chart.put("years", years);
        chart.put("series", series);
        return chart;
    }
}
