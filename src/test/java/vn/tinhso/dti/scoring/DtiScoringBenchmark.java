package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scoring and ranking 1,000 units × 100 indicators for two years with year-over-year changes (target < 200 ms),
 * and 1,000 robustness draws on 1,000 units (target < 2 s), each beside a baseline measured in the same run:
 * reading the input (the 200,000 answers from text) and plain sorts of 1,000 doubles (one per ranked measure, or
 * one per draw). Warm JVM, median of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs.
 * Not part of the test suite: run {@code bench/dti/run.sh}.
 */
@Tag("bench")
class DtiScoringBenchmark {

    static final int UNITS = Integer.getInteger("bench.units", 1000);
    static final int DRAWS = Integer.getInteger("bench.draws", Scoring.DEFAULT_DRAWS);
    static final int WARM_UP = 3;
    static final int RUNS = 7;

    @Test
    void measuresScoringRankingAndRobustnessAgainstBaselines() {
        Framework framework = framework();
        var random = new SplittableRandom(2023);
        List<String[]> previousText = answersAsText(framework, random);
        List<String[]> currentText = answersAsText(framework, random);
        List<Map<String, Answer>> previous = parse(framework, previousText);
        List<Map<String, Answer>> current = parse(framework, currentText);
        Map<Metric, BigDecimal> figures = Map.of();
        int measures = 2 * (1 + framework.countedMainIndices().size() + framework.pillars().size());

        double read = median(() -> parse(framework, previousText).size() + parse(framework, currentText).size());
        double sorts = median(() -> sortDoubles(measures, random));
        Ranking[] kept = new Ranking[1];
        double scoring = median(() -> {
            Ranking before = Scoring.rank(framework, units(framework, previous, figures));
            Ranking now = Scoring.rank(framework, units(framework, current, figures));
            kept[0] = now;
            return Scoring.compare(now, before, Map.of()).changes().size();
        });
        double drawSorts = median(() -> sortDoubles(DRAWS, random));
        double robustness = median(() -> Scoring.robustness(kept[0], DRAWS, Scoring.DEFAULT_SPREAD, 42).size());

        System.out.printf("""

                ==================== dti scoring benchmark ====================
                input               %d units × %d indicators (%d main indices, %d pillars), two years
                runs                median of %d after %d warm-up runs
                score + rank + yoy  %8.1f ms   (target < 200 ms)
                  baseline: read    %8.1f ms   parse the 2 × %d answers from text    ratio %6.2f
                  baseline: sort    %8.1f ms   %d sorts of %d doubles (one per ranked measure)    ratio %6.2f
                robustness          %8.1f ms   %d draws, s = %.2f   (target < 2000 ms)
                  baseline: sort    %8.1f ms   %d sorts of %d doubles (one per draw)    ratio %6.2f
                ================================================================
                """, UNITS, framework.indicators().size(), framework.mainIndices().size(), framework.pillars().size(),
                RUNS, WARM_UP, scoring, read, UNITS * framework.indicators().size(), scoring / read,
                sorts, measures, UNITS, scoring / sorts, robustness, DRAWS, Scoring.DEFAULT_SPREAD,
                drawSorts, DRAWS, UNITS, robustness / drawSorts);
    }

    private static List<UnitResult> units(Framework framework, List<Map<String, Answer>> answers,
                                          Map<Metric, BigDecimal> figures) {
        var units = new ArrayList<UnitResult>(answers.size());
        for (int u = 0; u < answers.size(); u++) {
            units.add(new UnitResult("Đơn vị " + u, Scoring.assess(framework, answers.get(u), figures), u % 50 != 49));
        }
        return units;
    }

    /** Median wall time in milliseconds of {@link #RUNS} runs after {@link #WARM_UP}. */
    private static double median(LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.getAsLong();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            sink += work.getAsLong();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static long sortDoubles(int times, SplittableRandom random) {
        long sink = 0;
        for (int t = 0; t < times; t++) {
            double[] values = random.doubles(UNITS).toArray();
            Arrays.sort(values);
            sink += (long) values[0];
        }
        return sink;
    }

    /** 10 main indices × 10 indicators of 10 points, every kind of rule. */
    static Framework framework() {
        var mains = new ArrayList<MainIndex>();
        var indicators = new ArrayList<Indicator>();
        String[] pillars = {"CQS", "KTS", "XHS"};
        for (int m = 1; m <= 10; m++) {
            String code = String.format("M%02d", m);
            List<String> tags = m <= 5 ? List.of(pillars) : List.of(pillars[m % 3]);
            mains.add(new MainIndex(code, "Chỉ số " + code, BigDecimal.valueOf(100), tags));
            for (int i = 1; i <= 10; i++) {
                indicators.add(new Indicator(code + "-" + i, code, "Chỉ tiêu " + i, BigDecimal.TEN, rule(i),
                        Evidence.documents("Minh chứng"), "Tự đánh giá", "Hội đồng", List.of()));
            }
        }
        return new Framework("bench", 1, "Bench", UnitLevel.DEPARTMENT, LocalDate.of(2023, 1, 1), null, "bench", true,
                BigDecimal.valueOf(1000), mains, indicators);
    }

    private static ScoringRule rule(int i) {
        switch (i % 6) {
            case 0: return ScoringRule.YesNo.withPartialCredit();
            case 1: return new ScoringRule.Ratio();
            case 2: return new ScoringRule.CappedTarget(new BigDecimal("0.8"));
            case 3: return new ScoringRule.StepTable(List.of(new ScoringRule.Step(BigDecimal.ONE, new BigDecimal("2.5")),
                    new ScoringRule.Step(BigDecimal.valueOf(2), BigDecimal.valueOf(5)),
                    new ScoringRule.Step(BigDecimal.valueOf(4), BigDecimal.TEN)));
            case 4: return new ScoringRule.Manual();
            default: return new ScoringRule.Automatic(Metric.ON_TIME_RATE, new ScoringRule.CappedTarget(new BigDecimal("0.9")));
        }
    }

    /** Each unit's answers as an officer's file would hold them: one text per indicator. */
    private static List<String[]> answersAsText(Framework framework, SplittableRandom random) {
        var units = new ArrayList<String[]>();
        String[] grades = {"CÓ", "MỘT PHẦN", "KHÔNG"};
        for (int u = 0; u < UNITS; u++) {
            String[] texts = new String[framework.indicators().size()];
            for (int i = 0; i < texts.length; i++) {
                ScoringRule rule = framework.indicators().get(i).rule();
                texts[i] = rule instanceof ScoringRule.YesNo ? grades[random.nextInt(3)]
                        : rule instanceof ScoringRule.Ratio ? random.nextInt(100) + "/" + (100 + random.nextInt(50))
                        : rule instanceof ScoringRule.StepTable ? String.valueOf(random.nextInt(6))
                        : rule instanceof ScoringRule.Manual ? String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble(10))
                        : String.format(java.util.Locale.ROOT, "%.4f", random.nextDouble());
            }
            units.add(texts);
        }
        return units;
    }

    private static List<Map<String, Answer>> parse(Framework framework, List<String[]> texts) {
        var units = new ArrayList<Map<String, Answer>>(texts.size());
        for (String[] unit : texts) {
            var answers = new HashMap<String, Answer>();
            for (int i = 0; i < unit.length; i++) {
                Indicator indicator = framework.indicators().get(i);
                String text = unit[i];
                int slash = text.indexOf('/');
                answers.put(indicator.code(), indicator.rule() instanceof ScoringRule.YesNo ? new Answer.Choice(text)
                        : slash > 0 ? new Answer.Fraction(new BigDecimal(text.substring(0, slash)),
                        new BigDecimal(text.substring(slash + 1))) : new Answer.Figure(new BigDecimal(text)));
            }
            units.add(answers);
        }
        return units;
    }
}
