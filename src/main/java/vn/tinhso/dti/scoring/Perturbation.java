package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Monte Carlo robustness of the total's ranks: every draw multiplies each counted main index's weight (its
 * maximum points) by U(1 − s, 1 + s), recomputes each ranked unit's score Σ value × weight / Σ weight, rounds it
 * to 4 decimals and ranks. Arithmetic in {@code double} (a simulation, not a published figure); the draws come
 * from one {@link SplittableRandom} seeded by the caller, so a seed gives the same intervals every time.
 */
final class Perturbation {

    private Perturbation() {
    }

    static List<RankInterval> of(Ranking ranking, int draws, double spread, long seed) {
        if (draws < 1 || spread < 0 || spread >= 1) {
            throw new RefusedAnswer("dti.scoring.answer.robustness", String.valueOf(draws), String.valueOf(spread));
        }
        List<Standing> units = ranking.standings().stream().filter(Standing::ranked).toList();
        List<MainIndex> indices = ranking.framework().countedMainIndices();
        int n = units.size();
        int m = indices.size();
        double[][] values = new double[n][m];
        for (int u = 0; u < n; u++) {
            for (int i = 0; i < m; i++) {
                values[u][i] = units.get(u).assessment().mainIndex(indices.get(i).code())
                        .map(score -> score.value().doubleValue()).orElse(0.0);
            }
        }
        double[] max = indices.stream().mapToDouble(index -> index.maxPoints().doubleValue()).toArray();
        int[][] ranks = new int[n][draws];
        var random = new SplittableRandom(seed);
        double[] weights = new double[m];
        long[] keys = new long[n];
        for (int d = 0; d < draws; d++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                weights[i] = spread == 0 ? max[i] : max[i] * random.nextDouble(1 - spread, 1 + spread);
                sum += weights[i];
            }
            for (int u = 0; u < n; u++) {
                double score = 0;
                for (int i = 0; i < m; i++) {
                    score += values[u][i] * weights[i];
                }
                long published = Math.round(score / sum * 10_000);
                keys[u] = ((10_000 - published) << 32) | u; // best first, then unit order
            }
            Arrays.sort(keys);
            long previous = -1;
            int rank = 0;
            for (int position = 0; position < n; position++) {
                long score = keys[position] >>> 32;
                if (score != previous) {
                    rank = position + 1;
                    previous = score;
                }
                ranks[(int) (keys[position] & 0xFFFF_FFFFL)][d] = rank;
            }
        }
        var intervals = new ArrayList<RankInterval>();
        for (int u = 0; u < n; u++) {
            intervals.add(interval(units.get(u), ranks[u]));
        }
        return intervals;
    }

    private static RankInterval interval(Standing standing, int[] drawn) {
        int published = standing.rank();
        int atPublished = 0;
        for (int rank : drawn) {
            if (rank == published) {
                atPublished++;
            }
        }
        int[] sorted = drawn.clone();
        Arrays.sort(sorted);
        BigDecimal share = BigDecimal.valueOf(atPublished).divide(BigDecimal.valueOf(drawn.length), 4,
                RoundingMode.HALF_UP);
        return new RankInterval(standing.unit(), published, sorted[0], sorted[sorted.length - 1],
                percentile(sorted, 5), percentile(sorted, 95), share);
    }

    /** Nearest-rank percentile of sorted ranks. */
    private static int percentile(int[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
