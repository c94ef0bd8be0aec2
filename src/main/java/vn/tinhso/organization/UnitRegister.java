package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units and successions read from the national lists, with their ids assigned, checked before anything is
 * written: every parent and every successor code must resolve, a code must not name two different units.
 * Problems are collected so that one failed start-up lists all of them.
 */
final class UnitRegister {

    /**
     * Nghị quyết 202/2025/QH15 (34 provinces), the Standing Committee's 2025 resolutions on communes and Luật Tổ chức
     * chính quyền địa phương 2025 (two tiers, no districts): the new units work from this day.
     */
    static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    /** The last day of the 63 provinces, the districts and the old communes. */
    static final LocalDate LAST_DAY_BEFORE = REFORM_DAY.minusDays(1);

    /** One row of {@code unit_succession}. */
    record Succession(long predecessorId, long successorId, LocalDate effectiveOn, String note, boolean split) {
    }

    /** Which of the two lists a unit is in. */
    enum Period { BEFORE, AFTER }

    private final Map<String, AdminUnit> units = new LinkedHashMap<>();
    private final Map<String, Succession> successions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long lastId;

    /** Adds the unit unless it is already there; a second, different name under the same code is a problem. */
    AdminUnit add(Period period, UnitLevel level, String code, String type, String name, AdminUnit parent,
                  String where) {
        AdminUnit known = units.get(key(period, level, code));
        if (known != null) {
            if (!known.name().equals(name) || !known.type().equals(type)) {
                problem(where, "%s %s is both '%s' and '%s'".formatted(level, code, known.name(), name));
            }
            return known;
        }
        boolean before = period == Period.BEFORE;
        var unit = new AdminUnit(++lastId, code, level, type, name, parent == null ? null : parent.id(),
                before ? null : REFORM_DAY, before ? LAST_DAY_BEFORE : null);
        units.put(key(period, level, code), unit);
        return unit;
    }

    /** The unit with that code in that list, or {@code null} after recording a problem. */
    AdminUnit resolve(Period period, UnitLevel level, String code, String where) {
        AdminUnit unit = units.get(key(period, level, code));
        if (unit == null) {
            problem(where, "%s %s %s does not exist".formatted(period, level, code));
        }
        return unit;
    }

    boolean contains(Period period, UnitLevel level, String code) {
        return units.containsKey(key(period, level, code));
    }

    void succeed(AdminUnit predecessor, AdminUnit successor, String note, boolean split, String where) {
        if (predecessor == null || successor == null) {
            return;
        }
        var succession = new Succession(predecessor.id(), successor.id(), REFORM_DAY, note, split);
        if (successions.putIfAbsent(predecessor.id() + ">" + successor.id(), succession) != null) {
            problem(where, "succession %s → %s appears twice".formatted(predecessor.code(), successor.code()));
        }
    }

    void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    /** Throws with every problem found, so that nothing half-checked reaches the database. */
    void verify() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Administrative unit lists are inconsistent (" + problems.size()
                    + " problems):\n  " + String.join("\n  ", problems.subList(0, Math.min(50, problems.size()))));
        }
    }

    Collection<AdminUnit> units() {
        return units.values();
    }

    Collection<Succession> successions() {
        return successions.values();
    }

    Map<UnitLevel, Map<Period, Integer>> counts() {
        Map<UnitLevel, Map<Period, Integer>> counts = new HashMap<>();
        for (AdminUnit unit : units.values()) {
            Period period = unit.validFrom() == null ? Period.BEFORE : Period.AFTER;
            counts.computeIfAbsent(unit.level(), level -> new HashMap<>()).merge(period, 1, Integer::sum);
        }
        return counts;
    }

    private static String key(Period period, UnitLevel level, String code) {
        return period.name() + '/' + level.name() + '/' + code;
    }
}
