package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One version of the Decision 766 index (Quyết định 766/QĐ-TTg 2022): five groups of indicators worth 100 points,
 * in force from a date until the next version.
 *
 * @param id surrogate identifier
 * @param effectiveFrom the first day it applies to (a period is scored with the version in force on its last day)
 * @param legalBasis the text it rests on
 * @param note why this version was made
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param groups the groups, in order
 */
public record Framework(long id, LocalDate effectiveFrom, String legalBasis, String note, Instant recordedAt,
                        String recordedBy, List<Group> groups) {

    public Framework {
        groups = List.copyOf(groups);
    }

    /** The maximum score: the sum of the groups' points (100 in a valid version). */
    public BigDecimal points() {
        return groups.stream().map(Group::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every indicator, group after group. */
    public List<Indicator> indicators() {
        return groups.stream().flatMap(group -> group.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    /**
     * A group of indicators (nhóm chỉ số thành phần).
     *
     * @param code stable code, e.g. {@code PROGRESS}
     * @param nameVi Vietnamese name, as the Decision words it
     * @param nameEn English name
     * @param points the group's maximum points
     * @param indicators its indicators, in order
     */
    public record Group(String code, String nameVi, String nameEn, BigDecimal points, List<Indicator> indicators) {

        public Group {
            indicators = List.copyOf(indicators);
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    /**
     * An indicator (chỉ số): a rate between two counts, turned into points.
     *
     * @param code its number in the framework, e.g. {@code 4.3}
     * @param groupCode the group it belongs to
     * @param nameVi Vietnamese name
     * @param nameEn English name
     * @param points its maximum points
     * @param formula how the rate becomes points
     * @param measure what it counts
     * @param target the rate that earns full points under {@link Formula#CAPPED_RATE}; 1 for {@link Formula#RATE}
     * @param assumption where tinhso chose what the law does not say (points, target, reading), in Vietnamese
     */
    public record Indicator(String code, String groupCode, String nameVi, String nameEn, BigDecimal points,
                            Formula formula, IndexMeasure measure, BigDecimal target, String assumption) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }
}
