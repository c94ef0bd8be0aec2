package vn.tinhso.dti.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.dti.cycle.Answers;
import vn.tinhso.dti.cycle.Appraisals;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.platform.NotFound;

/**
 * The public DTI pages, open to everyone without signing in: the published periods; a period's ranking (the total,
 * each main index, each pillar) with the change since the previous period, the robustness of each rank, a radar
 * chart of a unit against the average and the leader, rank trends over the years and the corrections made after
 * publication; and a unit's published breakdown by indicator.
 */
@Controller
class PublicPages {

    private final Periods periods;
    private final Rankings rankings;
    private final YearChanges changes;
    private final Robustness robustness;
    private final Trends trends;
    private final Appraisals appraisals;
    private final Answers answers;
    private final StoredFrameworks frameworks;
    private final ProvinceStandings province;

    PublicPages(Periods periods, Rankings rankings, YearChanges changes, Robustness robustness, Trends trends,
                Appraisals appraisals, Answers answers, StoredFrameworks frameworks, ProvinceStandings province) {
        this.periods = periods;
        this.rankings = rankings;
        this.changes = changes;
        this.robustness = robustness;
        this.trends = trends;
        this.appraisals = appraisals;
        this.answers = answers;
        this.frameworks = frameworks;
        this.province = province;
    }

    @GetMapping("/dti")
    String index(Model model) {
        List<Period> published = periods.published();
        model.addAttribute("published", published);
        model.addAttribute("frameworkNames", published.stream().collect(java.util.stream.Collectors.toMap(
                Period::id, p -> frameworks.get(p.frameworkId()).name(), (a, b) -> a)));
        model.addAttribute("latestNational", province.latest().orElse(null));
        return "dti/index";
    }

    @GetMapping("/dti/periods/{id}/ranking")
    String ranking(@PathVariable long id, @RequestParam(defaultValue = "TOTAL") String by,
                   @RequestParam(required = false) String unit, Model model) {
        PeriodRanking ranking = rankings.published(id);
        Locale locale = LocaleContextHolder.getLocale();
        var change = changes.of(ranking, locale).orElse(null);
        String measure = measures(ranking).contains(by) ? by : "TOTAL";
        String selected = unit != null && ranking.names().containsKey(unit) ? unit
                : ranking.ranking().standings().isEmpty() ? null : ranking.ranking().standings().get(0).unit();
        model.addAttribute("r", ranking);
        model.addAttribute("measure", measure);
        model.addAttribute("measures", measures(ranking));
        model.addAttribute("view", RankingView.of(ranking, measure, change, robustness.of(id)));
        model.addAttribute("change", change);
        model.addAttribute("selected", selected);
        model.addAttribute("radar", RankingView.radar(ranking, selected));
        model.addAttribute("trends", trends.of(ranking));
        model.addAttribute("corrections", appraisals.corrections(id));
        model.addAttribute("draws", Robustness.DRAWS);
        return "dti/ranking";
    }

    @GetMapping("/dti/periods/{id}/units/{agency}/result")
    String unit(@PathVariable long id, @PathVariable String agency, Model model) {
        PeriodRanking ranking = rankings.published(id);
        var standing = ranking.ranking().standing(agency)
                .orElseThrow(() -> new NotFound("đơn vị được đánh giá", agency));
        model.addAttribute("r", ranking);
        model.addAttribute("standing", standing);
        model.addAttribute("answers", answers.of(id, agency));
        model.addAttribute("radar", RankingView.radar(ranking, agency));
        model.addAttribute("change", changes.of(ranking, LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("interval", robustness.of(id).get(agency));
        return "dti/unit";
    }

    /** TOTAL, the counted main indices, then the pillars. */
    static List<String> measures(PeriodRanking ranking) {
        var measures = new ArrayList<String>();
        measures.add("TOTAL");
        ranking.framework().framework().countedMainIndices().stream().map(MainIndex::code).forEach(measures::add);
        var pillars = ranking.ranking().standings().stream().findFirst()
                .map(s -> s.pillars().keySet()).orElse(java.util.Set.of());
        pillars.forEach(pillar -> measures.add(RankingView.PILLAR + pillar));
        return measures;
    }
}
