package vn.tinhso.dti.scoring;

import java.util.Map;

/**
 * A unit's line in a {@link Ranking}: its total, each counted main index and each pillar, with ranks.
 *
 * @param mainIndices by main-index code, counted main indices only (no entry for a 0-point index)
 * @param pillars     by pillar code (CQS, KTS, XHS, …)
 */
public record Standing(String unit, boolean ranked, Assessment assessment, Place total, Map<String, Place> mainIndices,
                       Map<String, Place> pillars) {

    public Standing {
        mainIndices = Lists.of(mainIndices);
        pillars = Lists.of(pillars);
    }

    /** The rank of the total, null when scored but not ranked. */
    public Integer rank() {
        return total.rank();
    }
}
