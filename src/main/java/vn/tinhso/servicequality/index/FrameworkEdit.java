package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change of the points and targets of the index, to take effect on a date as a new version; the names, formulas
 * and measures stay those of the version it starts from.
 *
 * @param effectiveFrom the first day the new version applies to
 * @param note why (shown with the version)
 * @param groups every group's points
 * @param indicators every indicator's points and target
 */
public record FrameworkEdit(LocalDate effectiveFrom, String note, List<GroupPoints> groups,
                            List<IndicatorPoints> indicators) {

    public FrameworkEdit {
        note = note == null ? "" : note.strip();
        groups = groups == null ? List.of() : List.copyOf(groups);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The edit that changes nothing of {@code base} but the date. */
    static FrameworkEdit of(Framework base, LocalDate effectiveFrom) {
        return new FrameworkEdit(effectiveFrom, "",
                base.groups().stream().map(g -> new GroupPoints(g.code(), g.points())).toList(),
                base.indicators().stream().map(i -> new IndicatorPoints(i.code(), i.points(), i.target())).toList());
    }

    /**
     * @param code the group's code
     * @param points its maximum points
     */
    public record GroupPoints(String code, BigDecimal points) {
    }

    /**
     * @param code the indicator's code
     * @param points its maximum points
     * @param target the rate that earns full points, in (0, 1]
     */
    public record IndicatorPoints(String code, BigDecimal points, BigDecimal target) {
    }
}
