package vn.tinhso.dti.results;

import java.util.Map;

import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.StoredFramework;
import vn.tinhso.dti.scoring.Ranking;

/**
 * The ranking of a period from its final points, with the names of its units.
 *
 * @param names agency code → name, for every unit
 */
public record PeriodRanking(Period period, StoredFramework framework, Ranking ranking, Map<String, String> names) {

    public String name(String agencyCode) {
        return names.getOrDefault(agencyCode, agencyCode);
    }
}
