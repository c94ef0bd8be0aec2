package vn.tinhso.dti.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.scoring.Comparison;
import vn.tinhso.dti.scoring.Scoring;
import vn.tinhso.dti.scoring.Standing;

/**
 * A published period against the previous published period of the same level: rank and value changes per unit,
 * main index and pillar, units merged since compared with the mean of their predecessors, and the engine's sentence
 * per unit.
 */
@Service
public class YearChanges {

    private final Rankings rankings;
    private final Merges merges;

    YearChanges(Rankings rankings, Merges merges) {
        this.rankings = rankings;
        this.merges = merges;
    }

    /** The comparison, empty when there is no earlier published period of the same level. */
    public Optional<YearChange> of(PeriodRanking current, Locale locale) {
        Optional<Period> previous = rankings.previous(current.period());
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        PeriodRanking before = rankings.of(previous.get());
        var merged = merges.of(current.names().keySet(), before.names().keySet());
        Comparison comparison = Scoring.compare(current.ranking(), before.ranking(), merged);
        var summaries = new LinkedHashMap<String, String>();
        for (Standing standing : current.ranking().standings()) {
            summaries.put(standing.unit(), Scoring.summary(comparison, standing.unit(),
                    current.name(standing.unit()), previous.get().year(), locale));
        }
        var predecessorNames = new LinkedHashMap<String, List<String>>();
        merged.forEach((unit, codes) -> predecessorNames.put(unit, codes.stream().map(before::name).toList()));
        return Optional.of(new YearChange(previous.get(), comparison, summaries, predecessorNames));
    }

    /**
     * This period beside the previous one.
     *
     * @param summaries unit code → the engine's sentence about it, with the unit's name
     * @param predecessors unit code → names of the units of last year it is compared with, for merged units
     */
    public record YearChange(Period previous, Comparison comparison, Map<String, String> summaries,
                             Map<String, List<String>> predecessors) {
    }
}
