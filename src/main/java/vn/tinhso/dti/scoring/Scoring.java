package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scoring engine: pure functions from answers or values to assessments, rankings, year-over-year changes,
 * a path to a target rank and the robustness of a ranking. The framework passed must be valid
 * ({@link Frameworks#validate}); bad answers are a {@link RefusedAnswer}.
 */
public final class Scoring {

    /** Draws of a robustness analysis unless told otherwise. */
    public static final int DEFAULT_DRAWS = 1000;
    /** Each weight is multiplied by U(1 − s, 1 + s); s unless told otherwise. */
    public static final double DEFAULT_SPREAD = 0.10;
    /** Effort of an indicator absent from the effort map. */
    public static final BigDecimal DEFAULT_EFFORT = BigDecimal.ONE;

    private Scoring() {
    }

    /**
     * Scores every indicator from its answer (no answer scores 0); automatic indicators take their figure from
     * {@code figures} when present.
     */
    public static Assessment assess(Framework framework, Map<String, Answer> answers, Map<Metric, BigDecimal> figures) {
        return Assessing.fromAnswers(framework, answers, figures);
    }

    /**
     * An assessment from points already decided per indicator (e.g. the council's appraised points, or the unit's
     * own where the council kept them); a missing indicator scores 0, points outside 0…maximum are refused.
     */
    public static Assessment ofPoints(Framework framework, Map<String, BigDecimal> indicatorPoints) {
        return Assessing.fromPoints(framework, indicatorPoints);
    }

    /**
     * An assessment from main-index values 0–1 (as the national table publishes them); every counted main
     * index is needed, a 0-point one (DTTM) is optional and ignored.
     */
    public static Assessment ofValues(Framework framework, Map<String, BigDecimal> mainIndexValues) {
        return Assessing.fromValues(framework, mainIndexValues);
    }

    /** Ranks of the total, each main index and each pillar, on the published (4-decimal) values. */
    public static Ranking rank(Framework framework, List<UnitResult> units) {
        return Ranks.of(framework, units);
    }

    /**
     * This year against last year. {@code merges} maps a unit formed in the 2025 reorganisation to its
     * predecessors; its previous values are the mean of theirs, and last year is re-ranked with it in their place.
     */
    public static Comparison compare(Ranking current, Ranking previous, Map<String, List<String>> merges) {
        return YearOverYear.compare(current, previous, merges);
    }

    /**
     * One sentence in the style of the provincial press: "Hải Dương xếp thứ 13/63, tăng 1 bậc so với năm 2021;
     * 3 chỉ số chính tụt hạng: …; 2 chỉ số chính tăng hạng: …." Vietnamese unless the locale is English.
     */
    public static String summary(Comparison comparison, String unit, int previousYear, Locale locale) {
        return summary(comparison, unit, unit, previousYear, locale);
    }

    /** The same sentence naming the unit by {@code name} (e.g. the agency's name rather than its code). */
    public static String summary(Comparison comparison, String unit, String name, int previousYear, Locale locale) {
        return Summaries.of(comparison, unit, name, previousYear, locale);
    }

    /**
     * Points needed for {@code unit} to reach {@code targetRank}, and the plan: its indicators with points still
     * available, by points per effort ({@code effort} by indicator or main-index code, {@link #DEFAULT_EFFORT}
     * otherwise), until the gap is closed.
     */
    public static PathToTarget pathTo(Ranking ranking, String unit, int targetRank, Map<String, BigDecimal> effort) {
        return Paths.to(ranking, unit, targetRank, effort, DEFAULT_EFFORT);
    }

    /** {@link #pathTo(Ranking, String, int, Map)} with the effort of an indicator absent from the map given. */
    public static PathToTarget pathTo(Ranking ranking, String unit, int targetRank, Map<String, BigDecimal> effort,
                                      BigDecimal defaultEffort) {
        return Paths.to(ranking, unit, targetRank, effort, defaultEffort);
    }

    /**
     * Ranks of the total under {@code draws} random perturbations of the main-index weights (each × U(1 − spread,
     * 1 + spread)), the same for the same seed; one interval per ranked unit, in ranking order.
     */
    public static List<RankInterval> robustness(Ranking ranking, int draws, double spread, long seed) {
        return Perturbation.of(ranking, draws, spread, seed);
    }

    /** {@link #DEFAULT_DRAWS} draws with a spread of {@link #DEFAULT_SPREAD}. */
    public static List<RankInterval> robustness(Ranking ranking, long seed) {
        return Perturbation.of(ranking, DEFAULT_DRAWS, DEFAULT_SPREAD, seed);
    }
}
