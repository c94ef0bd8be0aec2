package vn.tinhso.dti.scoring;

import java.math.BigDecimal;

/**
 * How a unit's rank moves when the main-index weights are perturbed: its range over all draws, the 5th–95th
 * percentile interval, and the share of draws that give exactly its published rank.
 *
 * @param min the best (lowest-numbered) rank drawn
 * @param max the worst rank drawn
 */
public record RankInterval(String unit, int publishedRank, int min, int max, int p5, int p95,
                           BigDecimal shareAtPublished) {
}
