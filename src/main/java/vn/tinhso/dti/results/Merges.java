package vn.tinhso.dti.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.organization.Agencies;

/**
 * The merge list of a year-over-year comparison, from the agencies' successors (the agency table records, for an
 * agency that ended in a merger, the agency that took over its work — e.g. Sở Thông tin và Truyền thông tỉnh Hải
 * Dương into Sở Khoa học và Công nghệ thành phố Hải Phòng). A unit of this year whose predecessors were assessed
 * last year is compared with the mean of their values, its own among them when it was assessed too.
 */
@Component
class Merges {

    private final Agencies agencies;

    Merges(Agencies agencies) {
        this.agencies = agencies;
    }

    /** Unit of this year → the units of last year it stands for; only units with a predecessor last year. */
    Map<String, List<String>> of(Collection<String> current, Set<String> previous) {
        var merges = new LinkedHashMap<String, List<String>>();
        for (String unit : current) {
            var predecessors = new ArrayList<>(agencies.predecessors(unit).stream().filter(previous::contains).toList());
            if (!predecessors.isEmpty()) {
                if (previous.contains(unit)) {
                    predecessors.add(0, unit);
                }
                merges.put(unit, List.copyOf(predecessors));
            }
        }
        return merges;
    }
}
