package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.tinhso.dti.cycle.Answers;
import vn.tinhso.dti.cycle.AssessedUnit;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFramework;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Scoring;
import vn.tinhso.dti.scoring.UnitResult;
import vn.tinhso.platform.NotFound;

/**
 * Rankings of a period computed by the engine from the final points of its units (appraised where the council
 * appraised, self-assessed elsewhere): the total, each main index and each pillar, on the published 4-decimal
 * values, standard competition ranks; units scored but not ranked are shown without a rank.
 */
@Service
public class Rankings {

    private final Periods periods;
    private final Answers answers;
    private final StoredFrameworks frameworks;

    Rankings(Periods periods, Answers answers, StoredFrameworks frameworks) {
        this.periods = periods;
        this.answers = answers;
        this.frameworks = frameworks;
    }

    /** The ranking of any period (for the council while it is open). */
    public PeriodRanking of(Period period) {
        StoredFramework framework = frameworks.get(period.frameworkId());
        Map<String, Map<String, BigDecimal>> points = answers.finalPoints(period.id());
        var names = new LinkedHashMap<String, String>();
        var units = new ArrayList<UnitResult>();
        for (AssessedUnit unit : periods.units(period.id())) {
            names.put(unit.agencyCode(), unit.agencyName());
            var assessment = Scoring.ofPoints(framework.framework(),
                    points.getOrDefault(unit.agencyCode(), Map.of()));
            units.add(new UnitResult(unit.agencyCode(), assessment, unit.ranked()));
        }
        return new PeriodRanking(period, framework, Scoring.rank(framework.framework(), units), names);
    }

    /** The ranking of a published period; an open period is not public (404). */
    public PeriodRanking published(long periodId) {
        Period period = periods.find(periodId).filter(Period::published)
                .orElseThrow(() -> new NotFound("kết quả DTI đã công bố", periodId));
        return of(period);
    }

    /** The published period of the same level just before this one (the latest earlier year). */
    public Optional<Period> previous(Period period) {
        Framework framework = frameworks.get(period.frameworkId()).framework();
        return periods.published().stream()
                .filter(other -> other.year() < period.year())
                .filter(other -> frameworks.get(other.frameworkId()).framework().level() == framework.level())
                .findFirst();
    }
}
