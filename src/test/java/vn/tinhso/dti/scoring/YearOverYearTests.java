package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rank and value changes, merged units and the summary sentence, on hand-computed tables. */
class YearOverYearTests {

    private final Framework tiny = Tiny.framework();

    // Last year: Y 0.6 (1), X 0.5 (2), Z 0.4 (3); A ranks Y, X, Z; B ranks Y, X, Z.
    private final Ranking lastYear = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "X", "0.5", "0.5"),
            Tiny.unit(tiny, "Y", "0.6", "0.6"), Tiny.unit(tiny, "Z", "0.4", "0.4")));
    // This year: X 0.54 (1), Y 0.5 (2), Z 0.44 (3); A ranks X .7, Z .6, Y .5; B ranks Y .5, X .3, Z .2.
    private final Ranking thisYear = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "X", "0.7", "0.3"),
            Tiny.unit(tiny, "Y", "0.5", "0.5"), Tiny.unit(tiny, "Z", "0.6", "0.2")));

    @Test
    void rankChangeIsPositiveWhenTheUnitMovedUp() {
        Comparison comparison = Scoring.compare(thisYear, lastYear, Map.of());
        Movement x = comparison.change("X").orElseThrow().total();
        assertThat(x.rank()).isEqualTo(1);
        assertThat(x.previousRank()).isEqualTo(2);
        assertThat(x.rankChange()).isEqualTo(1);
        assertThat(x.valueChange()).isEqualByComparingTo("0.04");
        assertThat(comparison.change("Y").orElseThrow().total().rankChange()).isEqualTo(-1);
        assertThat(comparison.change("Z").orElseThrow().mainIndices().get("A").rankChange()).isEqualTo(1);
        assertThat(comparison.change("X").orElseThrow().pillars().get("Q").valueChange()).isEqualByComparingTo("-0.2");
    }

    @Test
    void summarySaysHowManyPlacesAndWhichMainIndicesMoved() {
        Comparison comparison = Scoring.compare(thisYear, lastYear, Map.of());
        assertThat(Scoring.summary(comparison, "X", 2021, Locale.forLanguageTag("vi")))
                .isEqualTo("X xếp thứ 1/3, tăng 1 bậc so với năm 2021; 1 chỉ số chính tăng hạng: Nhận thức số.");
        assertThat(Scoring.summary(comparison, "Y", 2021, Locale.forLanguageTag("vi")))
                .isEqualTo("Y xếp thứ 2/3, giảm 1 bậc so với năm 2021; 1 chỉ số chính tụt hạng: Nhận thức số.");
        assertThat(Scoring.summary(comparison, "Z", 2021, Locale.forLanguageTag("vi")))
                .isEqualTo("Z xếp thứ 3/3, giữ nguyên thứ hạng so với năm 2021; 1 chỉ số chính tăng hạng: Nhận thức số.");
    }

    @Test
    void summaryInEnglish() {
        Comparison comparison = Scoring.compare(thisYear, lastYear, Map.of());
        assertThat(Scoring.summary(comparison, "Y", 2021, Locale.ENGLISH))
                .isEqualTo("Y is ranked 2/3, down 1 place from 2021; 1 main index fell: Nhận thức số.");
    }

    @Test
    void summaryListsFallsThenRisesLikeThePress() {
        // Hải Dương 0.55 (2nd) → 0.6333 (1st): NTS 2nd → 1st, TCS 3rd → 1st, HTS 1st → 3rd
        Framework four = Tiny.structure("NTS:100", "TCS:100", "HTS:100");
        Ranking before = Scoring.rank(four, List.of(unit(four, "Hải Dương", "0.5", "0.5", "0.65"),
                unit(four, "Bắc Ninh", "0.6", "0.6", "0.6"), unit(four, "Hưng Yên", "0.4", "0.7", "0.5")));
        Ranking after = Scoring.rank(four, List.of(unit(four, "Hải Dương", "0.9", "0.8", "0.2"),
                unit(four, "Bắc Ninh", "0.6", "0.6", "0.6"), unit(four, "Hưng Yên", "0.4", "0.7", "0.5")));
        String summary = Scoring.summary(Scoring.compare(after, before, Map.of()), "Hải Dương", 2021,
                Locale.forLanguageTag("vi"));
        assertThat(summary).isEqualTo("Hải Dương xếp thứ 1/3, tăng 1 bậc so với năm 2021; 1 chỉ số chính tụt hạng: "
                + "Chỉ số HTS; 2 chỉ số chính tăng hạng: Chỉ số NTS, Chỉ số TCS.");
    }

    @Test
    void aUnitAbsentLastYearHasNoPreviousRank() {
        Ranking withNewcomer = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "X", "0.7", "0.3"),
                Tiny.unit(tiny, "New", "0.1", "0.1")));
        Comparison comparison = Scoring.compare(withNewcomer, lastYear, Map.of());
        assertThat(comparison.change("New").orElseThrow().total().rankChange()).isNull();
        assertThat(Scoring.summary(comparison, "New", 2021, Locale.forLanguageTag("vi")))
                .isEqualTo("New xếp thứ 2/2, chưa có thứ hạng năm 2021 để so sánh.");
    }

    @Test
    void aMergedUnitIsComparedWithTheMeanOfItsPredecessors() {
        // P1 (0.4, 0.8) and P2 (0.6, 0.2) merge into M: mean (0.5, 0.5), score 0.5, tied with W at rank 1.
        Ranking before = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "P1", "0.4", "0.8"),
                Tiny.unit(tiny, "P2", "0.6", "0.2"), Tiny.unit(tiny, "W", "0.5", "0.5")));
        Ranking after = Scoring.rank(tiny, List.of(Tiny.unit(tiny, "M", "0.6", "0.6"), Tiny.unit(tiny, "W", "0.5", "0.5")));
        Comparison comparison = Scoring.compare(after, before, Map.of("M", List.of("P1", "P2")));
        assertThat(comparison.previous().standings()).extracting(Standing::unit).containsExactlyInAnyOrder("M", "W");
        Change m = comparison.change("M").orElseThrow();
        assertThat(m.predecessors()).containsExactly("P1", "P2");
        assertThat(m.mainIndices().get("A").previousValue()).isEqualByComparingTo("0.5");
        assertThat(m.mainIndices().get("B").previousValue()).isEqualByComparingTo("0.5");
        assertThat(m.total()).isEqualTo(new Movement(1, 1, new BigDecimal("0.6000"), new BigDecimal("0.5000")));
        assertThat(comparison.change("W").orElseThrow().total().rankChange()).isEqualTo(-1);
    }

    @Test
    void theArticlesSentenceForHaiDuongAmong63Provinces() {
        // 62 other provinces at 0.89, 0.88, … 0.28 on every main index; Hải Dương at 0.765 everywhere in 2021
        // (13 above: 14th); in 2022 NTS, TCS, HTS at 0.70 (20th), CQS and KTS at 0.85 (5th), the rest 0.765 (14th):
        // 210 + 153 + 114.75 + 170 + 127.5 = 775.25 → 0.7753, 12 provinces above: 13th.
        Framework framework = Frameworks.shipped("922-province").orElseThrow();
        var before = provinces(framework);
        before.add(province(framework, "Hải Dương", Map.of()));
        var after = provinces(framework);
        after.add(province(framework, "Hải Dương", Map.of("NTS", "0.70", "TCS", "0.70", "HTS", "0.70",
                "CQS", "0.85", "KTS", "0.85")));
        Comparison comparison = Scoring.compare(Scoring.rank(framework, after), Scoring.rank(framework, before), Map.of());
        assertThat(comparison.change("Hải Dương").orElseThrow().total())
                .isEqualTo(new Movement(13, 14, new BigDecimal("0.7753"), new BigDecimal("0.7650")));
        assertThat(Scoring.summary(comparison, "Hải Dương", 2021, Locale.forLanguageTag("vi"))).isEqualTo(
                "Hải Dương xếp thứ 13/63, tăng 1 bậc so với năm 2021; 3 chỉ số chính tụt hạng: Nhận thức số, "
                        + "Thể chế số, Hạ tầng số; 2 chỉ số chính tăng hạng: Hoạt động chính quyền số, "
                        + "Hoạt động kinh tế số.");
        assertThat(Scoring.summary(comparison, "Hải Dương", 2021, Locale.ENGLISH)).isEqualTo(
                "Hải Dương is ranked 13/63, up 1 place from 2021; 3 main indices fell: Nhận thức số, Thể chế số, "
                        + "Hạ tầng số; 2 main indices rose: Hoạt động chính quyền số, Hoạt động kinh tế số.");
    }

    private static java.util.List<UnitResult> provinces(Framework framework) {
        var units = new java.util.ArrayList<UnitResult>();
        for (int i = 1; i <= 62; i++) {
            BigDecimal value = new BigDecimal("0.9").subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i)));
            var values = new java.util.LinkedHashMap<String, BigDecimal>();
            framework.countedMainIndices().forEach(index -> values.put(index.code(), value));
            units.add(UnitResult.ranked("Tỉnh " + i, Scoring.ofValues(framework, values)));
        }
        return units;
    }

    private static UnitResult province(Framework framework, String unit, Map<String, String> changed) {
        var values = new java.util.LinkedHashMap<String, BigDecimal>();
        framework.countedMainIndices().forEach(index ->
                values.put(index.code(), new BigDecimal(changed.getOrDefault(index.code(), "0.765"))));
        return UnitResult.ranked(unit, Scoring.ofValues(framework, values));
    }

    private static UnitResult unit(Framework framework, String unit, String... values) {
        var map = new java.util.LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < values.length; i++) {
            map.put(framework.mainIndices().get(i).code(), new BigDecimal(values[i]));
        }
        return UnitResult.ranked(unit, Scoring.ofValues(framework, map));
    }
}
