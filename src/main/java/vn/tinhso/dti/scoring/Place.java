package vn.tinhso.dti.scoring;

import java.math.BigDecimal;

/**
 * A published value (4 decimals) and its standard competition rank (1, 2, 2, 4).
 *
 * @param rank null for a unit that is scored but not ranked
 */
public record Place(BigDecimal value, Integer rank) {
}
