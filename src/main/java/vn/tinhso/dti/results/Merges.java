package vn.tinhso.dti.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merge list of a year-over-year comparison, from the agencies' successors (the agency table records, for an
 * agency that ended in a merger, the agency that took over its work — e.g. Sở Thông tin và Truyền thông tỉnh Hải
 * Dương into Sở Khoa học và Công nghệ thành phố Hải Phòng). A unit of this year whose predecessors were assessed
 * last year is compared with the mean of their values, its own among them when it was assessed too.
 * <p>
 * The organization module offers successors on its pages but not in its API, so the table is read here (read only);
 * an {@code Agencies.predecessors(code)} there would replace this query.
 */
@Component
class Merges {

    private final JdbcClient jdbc;

    Merges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unit of this year → the units of last year it stands for; only units with a predecessor last year. */
    Map<String, List<String>> of(Collection<String> current, Set<String> previous) {
        var merges = new LinkedHashMap<String, List<String>>();
        for (String unit : current) {
            var predecessors = new ArrayList<>(predecessors(unit).stream().filter(previous::contains).toList());
            if (!predecessors.isEmpty()) {
                if (previous.contains(unit)) {
                    predecessors.add(0, unit);
                }
                merges.put(unit, List.copyOf(predecessors));
            }
        }
        return merges;
    }

    /** Every agency whose work reached this one through successors, at any depth, by code. */
    List<String> predecessors(String code) {
        return jdbc.sql("""
                WITH RECURSIVE earlier AS (
                    SELECT p.id, p.code FROM agency p JOIN agency a ON p.successor_id = a.id WHERE a.code = :code
                    UNION
                    SELECT p.id, p.code FROM agency p JOIN earlier e ON p.successor_id = e.id)
                SELECT code FROM earlier ORDER BY code
                """)
                .param("code", code).query(String.class).list();
    }
}
