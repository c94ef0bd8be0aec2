package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A DTI framework (bộ chỉ số) as versioned data: its main indices and their indicators with scoring rules. Build
 * it freely; {@link Frameworks#validate} says whether it can be used, {@link Frameworks#shipped} gives the ones
 * tinhso ships.
 *
 * @param code          stable code, e.g. {@code 922-province}
 * @param version       version of this code, from 1
 * @param effectiveTo   last day it applies, or null while in force
 * @param legalBasis    the decision that issued it, e.g. "Quyết định 922/QĐ-BTTTT ngày 20/5/2022"
 * @param illustrative  true when (part of) the content is a representative example, not the official text
 * @param total         the declared maximum (1000 for 922-province); the main indices must add up to it
 */
public record Framework(String code, int version, String name, UnitLevel level, LocalDate effectiveFrom,
                        LocalDate effectiveTo, String legalBasis, boolean illustrative, BigDecimal total,
                        List<MainIndex> mainIndices, List<Indicator> indicators) {

    public Framework {
        mainIndices = Lists.of(mainIndices);
        indicators = Lists.of(indicators);
    }

    /** The sum of the main indices' maximum points; equal to {@link #total()} in a valid framework. */
    public BigDecimal totalPoints() {
        return mainIndices.stream().filter(MainIndex::counted).map(MainIndex::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<MainIndex> mainIndex(String code) {
        return mainIndices.stream().filter(index -> index.code() != null && index.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code() != null && indicator.code().equals(code))
                .findFirst();
    }

    /** The indicators of one main index, in framework order. */
    public List<Indicator> indicatorsOf(String mainIndexCode) {
        return indicators.stream().filter(indicator -> mainIndexCode.equals(indicator.mainIndex())).toList();
    }

    /** The main indices that count in the score (maximum above zero), in framework order. */
    public List<MainIndex> countedMainIndices() {
        return mainIndices.stream().filter(MainIndex::counted).toList();
    }

    /** Every pillar tag used by a main index or an indicator, in order of first use. */
    public List<String> pillars() {
        var pillars = new LinkedHashSet<String>();
        mainIndices.forEach(index -> pillars.addAll(index.pillars()));
        indicators.forEach(indicator -> pillars.addAll(indicator.pillars()));
        return List.copyOf(pillars);
    }

    /** Whether the framework applies on that day. */
    public boolean effectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
