package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Main-index values, the DTI, pillars and standard competition ranks on published values. */
class RankingTests {

    private final Framework tiny = Tiny.framework();

    @Test
    void scoreIsPointsOverMaximumOverTheCountedMainIndices() {
        // A-1 MỘT PHẦN 20, A-2 0.4/0.5 × 20 = 16, B-1 12, B-2 3/4 × 10 = 7.5: A 36/60, B 19.5/40, total 55.5/100
        Assessment assessment = Scoring.assess(tiny, Map.of("A-1", Answer.choice("MỘT PHẦN"),
                "A-2", Answer.figure("0.4"), "B-1", Answer.figure("12"), "B-2", Answer.fraction(3, 4),
                "Z-1", Answer.choice("CÓ")), Map.of());
        assertThat(assessment.indicatorPoints()).containsEntry("A-1", new BigDecimal("20"));
        assertThat(assessment.mainIndex("A").orElseThrow().published()).isEqualByComparingTo("0.6");
        assertThat(assessment.mainIndex("B").orElseThrow().published()).isEqualByComparingTo("0.4875");
        assertThat(assessment.total().published()).isEqualByComparingTo("0.555");
        assertThat(assessment.pillar("P").orElseThrow().published()).isEqualByComparingTo("0.6");
        assertThat(assessment.pillar("Q").orElseThrow().published()).isEqualByComparingTo("0.4875");
    }

    @Test
    void anAnswerToAnIndicatorTheFrameworkDoesNotHaveIsRefusedByItsCode() {
        assertThatThrownBy(() -> Scoring.assess(tiny, Map.of("A-1", Answer.choice("CÓ"), "A-9", Answer.figure("1")),
                Map.of()))
                .isInstanceOf(RefusedAnswer.class).hasMessageContaining("A-9");
    }

    @Test
    void decidedPointsAddUpLikeScoredAnswersAndOutOfRangePointsAreRefused() {
        // the same points as the answers above: A-1 20, A-2 16, B-1 12, B-2 7.5
        Assessment assessment = Scoring.ofPoints(tiny, Map.of("A-1", new BigDecimal("20"), "A-2", new BigDecimal("16"),
                "B-1", new BigDecimal("12"), "B-2", new BigDecimal("7.5")));
        assertThat(assessment.total().published()).isEqualByComparingTo("0.555");
        assertThat(assessment.pillar("Q").orElseThrow().published()).isEqualByComparingTo("0.4875");
        assertThatThrownBy(() -> Scoring.ofPoints(tiny, Map.of("B-2", new BigDecimal("10.5"))))
                .isInstanceOf(RefusedAnswer.class).hasMessageContaining("10.5");
        assertThatThrownBy(() -> Scoring.ofPoints(tiny, Map.of("C-9", BigDecimal.ONE)))
                .isInstanceOf(RefusedAnswer.class).hasMessageContaining("C-9");
    }

    @Test
    void aZeroPointMainIndexHasNoValueAndCountsForNothing() {
        Assessment assessment = Scoring.assess(tiny, Map.of("Z-1", Answer.choice("CÓ")), Map.of());
        assertThat(assessment.mainIndex("Z")).isEmpty();
        assertThat(assessment.mainIndices()).containsOnlyKeys("A", "B");
        assertThat(assessment.total().max()).isEqualByComparingTo("100");
        Ranking ranking = Scoring.rank(tiny, List.of(UnitResult.ranked("X", assessment)));
        assertThat(ranking.standing("X").orElseThrow().mainIndices()).doesNotContainKey("Z");
    }

    @Test
    void mainIndexValuesGiveTheWeightedScore() {
        // (0.5 × 60 + 0.25 × 40) / 100 = 0.4
        assertThat(Scoring.ofValues(tiny, Tiny.values("0.5", "0.25")).total().published()).isEqualByComparingTo("0.4");
    }

    @Test
    void valuesRoundHalfUpToFourDecimalsAndTiesShareTheRank() {
        // structure of one main index: values are the scores. 0.61235 → 0.6124 (half up), 0.61244 → 0.6124
        Framework one = Tiny.structure("M:100");
        Ranking ranking = Scoring.rank(one, List.of(unit(one, "U1", "0.7"), unit(one, "U2", "0.61235"),
                unit(one, "U3", "0.61244"), unit(one, "U4", "0.61234")));
        assertThat(ranking.standing("U2").orElseThrow().total()).isEqualTo(new Place(new BigDecimal("0.6124"), 2));
        assertThat(ranking.standing("U3").orElseThrow().total()).isEqualTo(new Place(new BigDecimal("0.6124"), 2));
        assertThat(ranking.standing("U4").orElseThrow().total()).isEqualTo(new Place(new BigDecimal("0.6123"), 4));
        assertThat(ranking.standings()).extracting(Standing::unit).containsExactly("U1", "U2", "U3", "U4");
    }

    @Test
    void unrankedUnitsGetAValueButNoRankAndTakeNoneFromOthers() {
        Framework one = Tiny.structure("M:100");
        Ranking ranking = Scoring.rank(one, List.of(unit(one, "A", "0.5"),
                UnitResult.unranked("Văn phòng", Scoring.ofValues(one, Map.of("M", new BigDecimal("0.9")))),
                unit(one, "B", "0.4")));
        assertThat(ranking.standing("Văn phòng").orElseThrow().total()).isEqualTo(new Place(new BigDecimal("0.9000"), null));
        assertThat(ranking.standing("A").orElseThrow().rank()).isEqualTo(1);
        assertThat(ranking.standing("B").orElseThrow().rank()).isEqualTo(2);
        assertThat(ranking.standings()).extracting(Standing::unit).containsExactly("A", "B", "Văn phòng");
        assertThat(ranking.rankedCount()).isEqualTo(2);
    }

    @Test
    void mainIndicesAndPillarsHaveTheirOwnRanks() {
        Ranking ranking = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "X", "0.9", "0.1"), Tiny.unit(tiny, "Y", "0.5", "0.5")));
        Standing x = ranking.standing("X").orElseThrow();
        // X: 0.9 × 60 + 0.1 × 40 = 58; Y: 30 + 20 = 50
        assertThat(x.total()).isEqualTo(new Place(new BigDecimal("0.5800"), 1));
        assertThat(x.mainIndices().get("A").rank()).isEqualTo(1);
        assertThat(x.mainIndices().get("B").rank()).isEqualTo(2);
        assertThat(x.pillars().get("Q")).isEqualTo(new Place(new BigDecimal("0.1000"), 2));
    }

    @Test
    void aValueOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Scoring.ofValues(tiny, Tiny.values("1.2", "0.5")))
                .isInstanceOf(RefusedAnswer.class).hasMessageContaining("phải từ 0 đến 1");
    }

    @Test
    void theSameUnitTwiceIsRefused() {
        assertThatThrownBy(() -> Scoring.rank(tiny, List.of(Tiny.unit(tiny, "X", "0.9", "0.1"),
                Tiny.unit(tiny, "X", "0.5", "0.5")))).isInstanceOf(RefusedAnswer.class);
    }

    private static UnitResult unit(Framework framework, String unit, String value) {
        return UnitResult.ranked(unit, Scoring.ofValues(framework, Map.of("M", new BigDecimal(value))));
    }
}
