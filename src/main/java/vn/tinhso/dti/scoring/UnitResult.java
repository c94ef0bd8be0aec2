package vn.tinhso.dti.scoring;

/**
 * A unit entering a ranking.
 *
 * @param unit   its code or name, unique within the ranking
 * @param ranked false for a unit that is scored but not ranked (e.g. one that provides no public services): it
 *               gets its values and no rank, and takes no rank from the others
 */
public record UnitResult(String unit, Assessment assessment, boolean ranked) {

    public static UnitResult ranked(String unit, Assessment assessment) {
        return new UnitResult(unit, assessment, true);
    }

    public static UnitResult unranked(String unit, Assessment assessment) {
        return new UnitResult(unit, assessment, false);
    }
}
