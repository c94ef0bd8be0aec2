package vn.tinhso.dti.scoring;

import java.util.Map;

/**
 * How one unit moved from one year to the next.
 *
 * @param predecessors the units it was formed from in the 2025 reorganisation (empty when not merged); its
 *                     previous values are the arithmetic mean of theirs
 * @param mainIndices  by main-index code of this year's framework
 * @param pillars      by pillar code
 */
public record Change(String unit, java.util.List<String> predecessors, Movement total,
                     Map<String, Movement> mainIndices, Map<String, Movement> pillars) {

    public Change {
        predecessors = Lists.of(predecessors);
        mainIndices = Lists.of(mainIndices);
        pillars = Lists.of(pillars);
    }
}
