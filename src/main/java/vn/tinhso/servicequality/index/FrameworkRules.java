package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * What makes an edit of the index valid: a date after the latest version's, every group and indicator given, points
 * not negative with at most two decimals, each group's indicators adding up to the group's points, the groups adding
 * up to 100 (Quyết định 766/QĐ-TTg: the index is out of 100), and every target in (0, 1].
 */
final class FrameworkRules {

    static final BigDecimal TOTAL = BigDecimal.valueOf(100);
    static final int NOTE_LENGTH = 1000;

    private FrameworkRules() {
    }

    static List<InvalidFramework.Problem> check(Framework base, FrameworkEdit edit, LocalDate latest) {
        var problems = new ArrayList<InvalidFramework.Problem>();
        if (edit.effectiveFrom() == null) {
            problems.add(new InvalidFramework.Problem("effectiveFrom", "servicequality.index.edit.date-required"));
        } else if (!edit.effectiveFrom().isAfter(latest)) {
            problems.add(new InvalidFramework.Problem("effectiveFrom", "servicequality.index.edit.date-not-after",
                    DateTimeFormatter.ofPattern("dd/MM/yyyy").format(latest)));
        }
        if (edit.note().length() > NOTE_LENGTH) {
            problems.add(new InvalidFramework.Problem("note", "servicequality.index.edit.note-too-long", NOTE_LENGTH));
        }
        var groupPoints = new HashMap<String, BigDecimal>();
        edit.groups().forEach(g -> groupPoints.putIfAbsent(g.code(), g.points()));
        var indicators = new HashMap<String, FrameworkEdit.IndicatorPoints>();
        edit.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
        BigDecimal total = BigDecimal.ZERO;
        for (Framework.Group group : base.groups()) {
            BigDecimal points = groupPoints.get(group.code());
            if (!validPoints(points)) {
                problems.add(new InvalidFramework.Problem(group.code(), "servicequality.index.edit.group-points",
                        group.nameVi()));
                continue;
            }
            total = total.add(points);
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (Framework.Indicator indicator : group.indicators()) {
                FrameworkEdit.IndicatorPoints change = indicators.get(indicator.code());
                if (change == null || !validPoints(change.points())) {
                    problems.add(new InvalidFramework.Problem(indicator.code(),
                            "servicequality.index.edit.indicator-points", indicator.code()));
                    complete = false;
                    continue;
                }
                sum = sum.add(change.points());
                if (change.target() == null || change.target().signum() <= 0
                        || change.target().compareTo(BigDecimal.ONE) > 0) {
                    problems.add(new InvalidFramework.Problem(indicator.code(), "servicequality.index.edit.target",
                            indicator.code()));
                }
            }
            if (complete && sum.compareTo(points) != 0) {
                problems.add(new InvalidFramework.Problem(group.code(), "servicequality.index.edit.group-sum",
                        group.nameVi(), plain(sum), plain(points)));
            }
        }
        if (total.compareTo(TOTAL) != 0 && problems.stream().noneMatch(p -> p.messageKey().endsWith("group-points"))) {
            problems.add(new InvalidFramework.Problem("total", "servicequality.index.edit.total", plain(total)));
        }
        return problems;
    }

    private static boolean validPoints(BigDecimal points) {
        return points != null && points.signum() >= 0 && points.compareTo(TOTAL) <= 0
                && points.stripTrailingZeros().scale() <= 2;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
