package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Points needed for a target rank, with ties at 4 decimals, and the plan by points per effort. */
class PathToTargetTests {

    private final Framework thousand = Tiny.structure("M:1000");
    // U1 0.8, U2 0.7, U3 0.61244 (published 0.6124), U4 0.6
    private final Ranking table = Scoring.rank(thousand, List.of(unit("U1", "0.8"), unit("U2", "0.7"),
            unit("U3", "0.61244"), unit("U4", "0.6")));

    @Test
    void toTieTheUnitAtTheTargetRankAnExactScoreHalfAStepBelowItsPublishedValueIsEnough() {
        // rank 3 means tying U3 at 0.6124: any score from 0.61235 rounds to it; 0.61235 − 0.6 = 0.01235 = 12.35 points
        PathToTarget path = Scoring.pathTo(table, "U4", 3, Map.of());
        assertThat(path.currentRank()).isEqualTo(4);
        assertThat(path.targetScore()).isEqualByComparingTo("0.6124");
        assertThat(path.scoreGap()).isEqualByComparingTo("0.01235");
        assertThat(path.pointsGap()).isEqualByComparingTo("12.35");
    }

    @Test
    void aHigherTargetNeedsTheScoreOfTheUnitNowThere() {
        PathToTarget path = Scoring.pathTo(table, "U4", 2, Map.of());
        assertThat(path.targetScore()).isEqualByComparingTo("0.7");
        assertThat(path.pointsGap()).isEqualByComparingTo("99.95");
        assertThat(path.plan()).extracting(PlanStep::code).containsExactly("M");
        assertThat(path.reachable()).isTrue();
    }

    @Test
    void aUnitAlreadyAtOrAboveTheTargetNeedsNothing() {
        assertThat(Scoring.pathTo(table, "U4", 4, Map.of()).pointsGap()).isEqualByComparingTo("0");
        PathToTarget leader = Scoring.pathTo(table, "U1", 1, Map.of());
        assertThat(leader.pointsGap()).isEqualByComparingTo("0");
        assertThat(leader.plan()).isEmpty();
    }

    @Test
    void thePlanTakesIndicatorsByPointsPerEffortUntilTheGapIsClosed() {
        Framework tiny = Tiny.framework();
        // X: A-1 0/40, A-2 20/20, B-1 10/30, B-2 10/10 = 40 → 0.40; Y: 40 + 10 + 5 + 0 = 55 → 0.55
        Assessment x = Scoring.assess(tiny, Map.of("A-1", Answer.choice("KHÔNG"), "A-2", Answer.figure("0.5"),
                "B-1", Answer.figure("10"), "B-2", Answer.fraction(1, 1)), Map.of());
        Assessment y = Scoring.assess(tiny, Map.of("A-1", Answer.choice("CÓ"), "A-2", Answer.figure("0.25"),
                "B-1", Answer.figure("5")), Map.of());
        Ranking ranking = Scoring.rank(tiny, List.of(UnitResult.ranked("X", x), UnitResult.ranked("Y", y)));
        // gap 0.54995 − 0.40 = 0.14995 → 14.995 points; B-1 has 20 left for effort 1, A-1 40 for effort 4
        PathToTarget path = Scoring.pathTo(ranking, "X", 1, Map.of("A-1", new BigDecimal("4")));
        assertThat(path.pointsGap()).isEqualByComparingTo("14.995");
        assertThat(path.plan()).containsExactly(new PlanStep("B-1", "Chỉ tiêu B-1", new BigDecimal("20"), BigDecimal.ONE,
                new BigDecimal("20"), new BigDecimal("20")));
        PathToTarget costly = Scoring.pathTo(ranking, "X", 1, Map.of("B-1", new BigDecimal("10")));
        assertThat(costly.plan()).extracting(PlanStep::code).containsExactly("A-1");
    }

    @Test
    void indicatorsAbsentFromTheEffortMapTakeTheDefaultEffortGiven() {
        Framework tiny = Tiny.framework();
        Assessment x = Scoring.assess(tiny, Map.of("A-1", Answer.choice("KHÔNG"), "A-2", Answer.figure("0.5"),
                "B-1", Answer.figure("10"), "B-2", Answer.fraction(1, 1)), Map.of());
        Assessment y = Scoring.assess(tiny, Map.of("A-1", Answer.choice("CÓ"), "A-2", Answer.figure("0.25"),
                "B-1", Answer.figure("5")), Map.of());
        Ranking ranking = Scoring.rank(tiny, List.of(UnitResult.ranked("X", x), UnitResult.ranked("Y", y)));
        // default 8: A-1 40/8 = 5 per effort, B-1 20/2 = 10 per effort → B-1 first
        PathToTarget path = Scoring.pathTo(ranking, "X", 1, Map.of("B-1", new BigDecimal("2")), new BigDecimal("8"));
        assertThat(path.plan()).extracting(PlanStep::code).containsExactly("B-1");
        assertThat(path.plan().get(0).pointsPerEffort()).isEqualByComparingTo("10");
    }

    @Test
    void theGapToTheLeaderIsJustUnderItsDistanceAndWithinThePointsLeft() {
        Framework one = Tiny.structure("M:100");
        Ranking ranking = Scoring.rank(one, List.of(UnitResult.ranked("A", Scoring.ofValues(one, Map.of("M", BigDecimal.ONE))),
                UnitResult.ranked("B", Scoring.ofValues(one, Map.of("M", new BigDecimal("0.5"))))));
        PathToTarget path = Scoring.pathTo(ranking, "B", 1, Map.of());
        assertThat(path.pointsGap()).isEqualByComparingTo("49.995");
        assertThat(path.reachable()).isTrue();
    }

    private UnitResult unit(String unit, String value) {
        return UnitResult.ranked(unit, Scoring.ofValues(thousand, Map.of("M", new BigDecimal(value))));
    }
}
