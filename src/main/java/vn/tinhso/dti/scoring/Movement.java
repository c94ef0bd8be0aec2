package vn.tinhso.dti.scoring;

import java.math.BigDecimal;

/**
 * One measure (total, a main index or a pillar) of one unit this year and the year before.
 *
 * @param rank          this year's rank, null when not ranked
 * @param previousRank  last year's rank, null when not ranked or absent
 * @param value         this year's published value
 * @param previousValue last year's published value, null when absent
 */
public record Movement(Integer rank, Integer previousRank, BigDecimal value, BigDecimal previousValue) {

    /** Places gained: positive when the unit moved up (from 14th to 13th is +1); null without both ranks. */
    public Integer rankChange() {
        return rank == null || previousRank == null ? null : previousRank - rank;
    }

    /** This year's value minus last year's, null without both. */
    public BigDecimal valueChange() {
        return value == null || previousValue == null ? null : value.subtract(previousValue);
    }
}
