package vn.tinhso.servicequality.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.UnitFigures;

/**
 * The Decision 766 index (Quyết định 766/QĐ-TTg 2022) of units for a period, computed from the platform's own
 * data with the version of the framework in force on the period's last day. Access is the caller's to check.
 */
@Service
public class QualityIndex {

    private final Frameworks frameworks;
    private final Statistics statistics;
    private final IndexCounts counts;

    QualityIndex(Frameworks frameworks, Statistics statistics, IndexCounts counts) {
        this.frameworks = frameworks;
        this.statistics = statistics;
        this.counts = counts;
    }

    /** One unit's score, indicator by indicator. */
    public UnitScore of(String unitCode, Period period) {
        Figures figures = statistics.of(unitCode, null, period);
        Breakdown breakdown = score(unitCode, period, figures, frameworks.inForce(period.to()));
        return new UnitScore(statistics.unit(unitCode), figures, breakdown, null);
    }

    /**
     * The units right below a unit (its departments, communes, agencies), ranked by score: the highest first, ties
     * sharing a rank and the next rank skipped (1, 2, 2, 4); units with nothing to score last, unranked.
     */
    public List<UnitScore> ranking(String unitCode, Period period) {
        Framework framework = frameworks.inForce(period.to());
        var scores = new ArrayList<UnitScore>();
        for (UnitFigures child : statistics.byAgency(unitCode, period)) {
            String code = child.unit().code();
            scores.add(new UnitScore(child.unit(), child.figures(),
                    score(code, period, child.figures(), framework), null));
        }
        scores.sort(Comparator.comparing((UnitScore s) -> !UnitScore.rankable(s.figures()))
                .thenComparing(UnitScore::score, Comparator.reverseOrder())
                .thenComparing(s -> s.unit().name()));
        var ranked = new ArrayList<UnitScore>();
        for (int i = 0; i < scores.size(); i++) {
            UnitScore s = scores.get(i);
            Integer rank = null;
            if (UnitScore.rankable(s.figures())) {
                boolean tied = i > 0 && ranked.get(i - 1).ranked()
                        && ranked.get(i - 1).score().compareTo(s.score()) == 0;
                rank = tied ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new UnitScore(s.unit(), s.figures(), s.breakdown(), rank));
        }
        return ranked;
    }

    /** The version of the framework that scores a period: the one in force on its last day. */
    public Framework framework(Period period) {
        return frameworks.inForce(period.to());
    }

    public Framework framework(LocalDate day) {
        return frameworks.inForce(day);
    }

    private Breakdown score(String unitCode, Period period, Figures figures, Framework framework) {
        IndexCounts.Counts unitCounts = counts.of(unitCode, period, figures);
        return Scoring.score(framework, unitCounts::of);
    }
}
