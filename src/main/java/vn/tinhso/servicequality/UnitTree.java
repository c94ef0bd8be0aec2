package vn.tinhso.servicequality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.NotFound;

/**
 * The tree figures roll up along ({@code statistics_agency}, published by the organization module), held in memory:
 * a few thousand agencies, asked for on every figure. Read again after {@link #TTL} or when told the agencies changed.
 */
@Component
class UnitTree {

    static final Duration TTL = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    UnitTree(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : current().units.get(code.strip()));
    }

    /** The unit, or a 404 naming the code asked for. */
    Unit require(String code) {
        return find(code).orElseThrow(() -> new NotFound("đơn vị", code == null ? "" : code));
    }

    /** The units right below, by code. */
    List<Unit> children(String code) {
        return current().children.getOrDefault(code, List.of());
    }

    /** The unit and every unit below it, at any depth. */
    Set<String> within(String code) {
        Snapshot tree = current();
        var found = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(code);
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (found.add(next)) {
                tree.children.getOrDefault(next, List.of()).forEach(child -> queue.add(child.code()));
            }
        }
        return found;
    }

    /** The unit and every unit above it, up to the root. */
    List<String> upwards(String code) {
        Snapshot tree = current();
        var path = new ArrayList<String>();
        for (Unit unit = tree.units.get(code); unit != null && !path.contains(unit.code());
             unit = unit.parentCode() == null ? null : tree.units.get(unit.parentCode())) {
            path.add(unit.code());
        }
        if (path.isEmpty()) {
            path.add(code); // an agency the tree does not know yet still counts for itself
        }
        return path;
    }

    /** Every agency's code. */
    Set<String> all() {
        return Set.copyOf(current().units.keySet());
    }

    /** Forget what was read, e.g. after agencies were imported. */
    void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot tree = snapshot;
        Instant now = clock.instant();
        if (tree == null || tree.readAt.plus(TTL).isBefore(now)) {
            tree = read(now);
            snapshot = tree;
        }
        return tree;
    }

    private Snapshot read(Instant now) {
        List<Unit> all = jdbc.sql("SELECT code, name, kind, parent_code, valid_from, valid_to FROM statistics_agency ORDER BY code")
                .query(Unit.class).list();
        var units = new HashMap<String, Unit>();
        var children = new HashMap<String, List<Unit>>();
        all.forEach(unit -> units.put(unit.code(), unit));
        all.stream().filter(unit -> unit.parentCode() != null)
                .sorted(Comparator.comparing(Unit::code))
                .forEach(unit -> children.computeIfAbsent(unit.parentCode(), parent -> new ArrayList<>()).add(unit));
        return new Snapshot(units, children, now);
    }

    private record Snapshot(Map<String, Unit> units, Map<String, List<Unit>> children, Instant readAt) {
    }
}
