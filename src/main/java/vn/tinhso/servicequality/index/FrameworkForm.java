package vn.tinhso.servicequality.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit form of the index as typed: the date, a note, each group's points ({@code group-PROGRESS}), each
 * indicator's points ({@code points-2.1}) and target in percent ({@code target-2.1}); decimals with a dot or a comma.
 *
 * @param effectiveFrom the date typed (ISO)
 * @param note the note
 * @param values every number typed, by field name
 */
record FrameworkForm(String effectiveFrom, String note, Map<String, String> values) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the form names a number field. */
    static String group(String code) {
        return "group-" + code;
    }

    static String points(String code) {
        return "points-" + code;
    }

    static String target(String code) {
        return "target-" + code;
    }

    /** The form filled with a version's points and targets, to take effect on {@code day}. */
    static FrameworkForm of(Framework framework, LocalDate day) {
        var values = new LinkedHashMap<String, String>();
        for (Framework.Group group : framework.groups()) {
            values.put(group(group.code()), FrameworkRules.plain(group.points()));
            for (Framework.Indicator indicator : group.indicators()) {
                values.put(points(indicator.code()), FrameworkRules.plain(indicator.points()));
                values.put(target(indicator.code()), FrameworkRules.plain(indicator.target().multiply(HUNDRED)));
            }
        }
        return new FrameworkForm(day.toString(), "", values);
    }

    /** The form as posted. */
    static FrameworkForm of(Map<String, String> parameters) {
        var values = new LinkedHashMap<String, String>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("group-") || name.startsWith("points-") || name.startsWith("target-")) {
                values.put(name, value == null ? "" : value.strip());
            }
        });
        return new FrameworkForm(parameters.get("effectiveFrom"), parameters.get("note"), values);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /**
     * The edit the form asks for, against the version it changes.
     *
     * @throws InvalidFramework when a date or number cannot be read
     */
    FrameworkEdit edit(Framework base) {
        var problems = new ArrayList<InvalidFramework.Problem>();
        LocalDate day = null;
        try {
            day = effectiveFrom == null || effectiveFrom.isBlank() ? null : LocalDate.parse(effectiveFrom.strip());
        } catch (DateTimeParseException unreadable) {
            problems.add(new InvalidFramework.Problem("effectiveFrom", "servicequality.index.edit.date-required"));
        }
        var groups = new ArrayList<FrameworkEdit.GroupPoints>();
        var indicators = new ArrayList<FrameworkEdit.IndicatorPoints>();
        for (Framework.Group group : base.groups()) {
            groups.add(new FrameworkEdit.GroupPoints(group.code(), number(group(group.code()), group.nameVi(),
                    problems)));
            for (Framework.Indicator indicator : group.indicators()) {
                BigDecimal percent = number(target(indicator.code()), indicator.code(), problems);
                indicators.add(new FrameworkEdit.IndicatorPoints(indicator.code(),
                        number(points(indicator.code()), indicator.code(), problems),
                        percent == null ? null : percent.divide(HUNDRED)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFramework(problems);
        }
        return new FrameworkEdit(day, note, groups, indicators);
    }

    private BigDecimal number(String name, String label, List<InvalidFramework.Problem> problems) {
        String typed = value(name).replace(',', '.');
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException unreadable) {
            problems.add(new InvalidFramework.Problem(name, "servicequality.index.edit.not-a-number", label,
                    value(name)));
            return BigDecimal.ZERO;
        }
    }
}
