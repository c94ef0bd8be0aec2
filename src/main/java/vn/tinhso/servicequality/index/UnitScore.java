package vn.tinhso.servicequality.index;

import java.math.BigDecimal;

import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Unit;

/**
 * A unit's Decision 766 score for a period, with the figures it was computed from and its place in the ranking.
 *
 * @param unit the unit
 * @param figures its dossier statistics for the period
 * @param breakdown its score, indicator by indicator
 * @param rank its place among the units ranked with it (standard competition ranking); null when not ranked
 */
public record UnitScore(Unit unit, Figures figures, Breakdown breakdown, Integer rank) {

    /** A unit that received and handled no dossier in the period has no score to compare: it is not ranked. */
    public static boolean rankable(Figures figures) {
        return figures.receivedTotal() > 0;
    }

    public BigDecimal score() {
        return breakdown.score();
    }

    public boolean ranked() {
        return rank != null;
    }
}
