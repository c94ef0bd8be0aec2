package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Monte Carlo perturbation of the main-index weights. */
class RobustnessTests {

    private final Framework tiny = Tiny.framework();
    // Lead 0.9 everywhere; B1 and B2 trade A against B so weights decide between them.
    private final Ranking ranking = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "Lead", "0.9", "0.9"),
            Tiny.unit(tiny, "B1", "0.6", "0.3"), Tiny.unit(tiny, "B2", "0.4", "0.6"),
            Tiny.unit(tiny, "Last", "0.1", "0.1")));

    @Test
    void theSameSeedGivesTheSameIntervals() {
        List<RankInterval> first = Scoring.robustness(ranking, 500, 0.10, 42);
        List<RankInterval> second = Scoring.robustness(ranking, 500, 0.10, 42);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void aClearLeaderKeepsItsRankInEveryDraw() {
        RankInterval lead = Scoring.robustness(ranking, Scoring.DEFAULT_DRAWS, Scoring.DEFAULT_SPREAD, 7).get(0);
        assertThat(lead).isEqualTo(new RankInterval("Lead", 1, 1, 1, 1, 1, new BigDecimal("1.0000")));
    }

    @Test
    void closeUnitsSwapPlacesUnderPerturbation() {
        // B1 0.48, B2 0.48 → tied at 2; A weighs more in some draws (B1 ahead), less in others (B2 ahead)
        List<RankInterval> intervals = Scoring.robustness(ranking, 1000, 0.10, 1);
        RankInterval b1 = intervals.stream().filter(i -> i.unit().equals("B1")).findFirst().orElseThrow();
        assertThat(b1.publishedRank()).isEqualTo(2);
        assertThat(b1.min()).isEqualTo(2);
        assertThat(b1.max()).isEqualTo(3);
        assertThat(b1.shareAtPublished()).isBetween(new BigDecimal("0.3"), new BigDecimal("0.7"));
        assertThat(b1.p5()).isEqualTo(2);
        assertThat(b1.p95()).isEqualTo(3);
    }

    @Test
    void noPerturbationKeepsThePublishedRanks() {
        assertThat(Scoring.robustness(ranking, 10, 0, 3)).allSatisfy(interval -> {
            assertThat(interval.min()).isEqualTo(interval.publishedRank());
            assertThat(interval.max()).isEqualTo(interval.publishedRank());
        });
    }
}
