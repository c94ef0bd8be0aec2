package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.tinhso.servicequality.Period;

/** The index as the API answers it: plain records, names in the asker's language. */
final class IndexViews {

    private IndexViews() {
    }

    static BreakdownView breakdown(UnitScore score, Period period, Locale locale) {
        Breakdown b = score.breakdown();
        return new BreakdownView(score.unit().code(), score.unit().name(), period.from(), period.to(),
                b.framework().id(), b.framework().effectiveFrom(), b.score(), b.framework().points(), b.assessable(),
                b.lost(), UnitScore.rankable(score.figures()), b.groups().stream()
                .map(g -> new GroupView(g.group().code(), g.group().name(locale), g.group().points(), g.score(),
                        g.lost(), g.indicators().stream().map(i -> indicator(i, locale)).toList()))
                .toList());
    }

    static RankingView ranking(String unitCode, String unitName, Period period, Framework framework,
                               List<UnitScore> scores) {
        return new RankingView(unitCode, unitName, period.from(), period.to(), framework.id(),
                framework.effectiveFrom(), scores.stream().map(s -> new RankRow(s.unit().code(), s.unit().name(),
                        s.rank(), s.score(), s.breakdown().assessable(), s.figures().receivedTotal(),
                        s.breakdown().groups().stream().map(g -> new GroupScoreView(g.group().code(), g.score(),
                                g.group().points())).toList()))
                .toList());
    }

    static FrameworkView framework(Framework f, Locale locale) {
        return new FrameworkView(f.id(), f.effectiveFrom(), f.legalBasis(), f.note(), f.recordedAt(), f.recordedBy(),
                f.points(), f.groups().stream().map(g -> new FrameworkGroupView(g.code(), g.name(locale), g.points(),
                        g.indicators().stream().map(i -> new FrameworkIndicatorView(i.code(), i.name(locale),
                                i.points(), i.formula(), i.measure(), i.measure().recorded(), i.target(),
                                i.assumption())).toList())).toList());
    }

    private static IndicatorView indicator(Breakdown.IndicatorScore s, Locale locale) {
        var i = s.indicator();
        return new IndicatorView(i.code(), i.name(locale), i.measure(), i.formula(), s.status(), s.numerator(),
                s.denominator(), s.rate(), i.target(), i.points(), s.points(), s.lost(), i.assumption());
    }

    /**
     * A unit's score for a period, indicator by indicator.
     *
     * @param unit unit code
     * @param unitName unit name
     * @param from first day of the period
     * @param to last day of the period
     * @param frameworkId the version of the index used
     * @param frameworkFrom the day that version took effect
     * @param score points earned
     * @param maxPoints the index's maximum (100)
     * @param assessable points of the indicators the platform has data for
     * @param lost points lost
     * @param ranked whether the unit had dossiers in the period (units without are not ranked)
     * @param groups the groups
     */
    record BreakdownView(String unit, String unitName, LocalDate from, LocalDate to, long frameworkId,
                         LocalDate frameworkFrom, BigDecimal score, BigDecimal maxPoints, BigDecimal assessable,
                         BigDecimal lost, boolean ranked, List<GroupView> groups) {
    }

    record GroupView(String code, String name, BigDecimal maxPoints, BigDecimal score, BigDecimal lost,
                     List<IndicatorView> indicators) {
    }

    /**
     * @param status SCORED, NOT_APPLICABLE (nothing to count: full points) or NO_DATA (not recorded: 0 points)
     * @param rate numerator / denominator, four decimals; null unless SCORED
     */
    record IndicatorView(String code, String name, IndexMeasure measure, Formula formula, Breakdown.Status status,
                         Long numerator, Long denominator, BigDecimal rate, BigDecimal target, BigDecimal maxPoints,
                         BigDecimal score, BigDecimal lost, String assumption) {
    }

    /** The units below one, best first; units with no dossier in the period last, with a null rank. */
    record RankingView(String unit, String unitName, LocalDate from, LocalDate to, long frameworkId,
                       LocalDate frameworkFrom, List<RankRow> units) {
    }

    record RankRow(String code, String name, Integer rank, BigDecimal score, BigDecimal assessable, long received,
                   List<GroupScoreView> groups) {
    }

    record GroupScoreView(String code, BigDecimal score, BigDecimal maxPoints) {
    }

    record FrameworkView(long id, LocalDate effectiveFrom, String legalBasis, String note, Instant recordedAt,
                         String recordedBy, BigDecimal points, List<FrameworkGroupView> groups) {
    }

    record FrameworkGroupView(String code, String name, BigDecimal points, List<FrameworkIndicatorView> indicators) {
    }

    /**
     * @param recorded whether the platform records the measure (otherwise the indicator scores 0, "no data")
     * @param assumption where tinhso chose what the Decision does not say
     */
    record FrameworkIndicatorView(String code, String name, BigDecimal points, Formula formula, IndexMeasure measure,
                                  boolean recorded, BigDecimal target, String assumption) {
    }
}
