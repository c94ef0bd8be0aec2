package vn.tinhso.servicequality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one received dossier counts for ({@code sq_measure}), and so what it adds to the day counters: its reception
 * on the reception day, its result or closing on that day, its due date on the due day and, for the stock of
 * overdue dossiers, whether it finished by then (on the due day) or after (on the finishing day).
 */
record Contribution(long dossierId, String agencyCode, String fieldCode, String procedureCode, int channel,
                    LocalDate receivedDay, LocalDate resolvedDay, String outcome, long processingMinutes,
                    LocalDate closedDay, LocalDate dueDay, boolean electronicResult, boolean digitised,
                    boolean hasFee, boolean paidOnline, LocalDate ratedDay, String rating) {

    static final int ONLINE = 2;

    /** The counters this dossier adds, by day. */
    Map<LocalDate, long[]> counters() {
        var days = new TreeMap<LocalDate, long[]>();
        add(days, receivedDay, switch (channel) {
            case ONLINE -> Counter.RECEIVED_ONLINE;
            case 3 -> Counter.RECEIVED_POSTAL;
            default -> Counter.RECEIVED_DIRECT;
        }, 1);
        if (digitised) {
            add(days, receivedDay, Counter.DIGITISED, 1);
        }
        if (hasFee) {
            add(days, receivedDay, Counter.WITH_FEE, 1);
            if (paidOnline) {
                add(days, receivedDay, Counter.PAID_ONLINE, 1);
            }
        }
        if (resolvedDay != null) {
            add(days, resolvedDay, switch (outcome) {
                case "E" -> Counter.RESOLVED_EARLY;
                case "O" -> Counter.RESOLVED_ON_TIME;
                default -> Counter.RESOLVED_LATE;
            }, 1);
            add(days, resolvedDay, Counter.PROCESSING_MINUTES, processingMinutes);
            if (electronicResult) {
                add(days, resolvedDay, Counter.ELECTRONIC_RESULTS, 1);
            }
        } else if (closedDay != null) {
            add(days, closedDay, Counter.CLOSED, 1);
        }
        if (dueDay != null) {
            add(days, dueDay, Counter.DUE, 1);
            LocalDate finished = resolvedDay != null ? resolvedDay : closedDay;
            if (finished != null && !finished.isAfter(dueDay)) {
                add(days, dueDay, Counter.FINISHED_BY_DUE, 1);
            } else if (finished != null) {
                add(days, finished, Counter.FINISHED_AFTER_DUE, 1);
            }
        }
        if (ratedDay != null && rating != null) {
            add(days, ratedDay, switch (rating) {
                case "V" -> Counter.VERY_SATISFIED;
                case "S" -> Counter.SATISFIED;
                default -> Counter.DISSATISFIED;
            }, 1);
        }
        return days;
    }

    /** What changes from {@code before} (null: nothing counted yet) to {@code after} (null: nothing to count). */
    static Map<LocalDate, long[]> difference(Contribution before, Contribution after) {
        var delta = new TreeMap<LocalDate, long[]>();
        if (after != null) {
            after.counters().forEach((day, counts) -> merge(delta, day, counts, 1));
        }
        if (before != null) {
            before.counters().forEach((day, counts) -> merge(delta, day, counts, -1));
        }
        delta.values().removeIf(counts -> Arrays.stream(counts).allMatch(c -> c == 0));
        return delta;
    }

    private static void add(Map<LocalDate, long[]> days, LocalDate day, Counter counter, long amount) {
        days.computeIfAbsent(day, d -> new long[Counter.COUNT])[counter.ordinal()] += amount;
    }

    private static void merge(Map<LocalDate, long[]> delta, LocalDate day, long[] counts, int sign) {
        long[] target = delta.computeIfAbsent(day, d -> new long[Counter.COUNT]);
        for (int i = 0; i < counts.length; i++) {
            target[i] += sign * counts[i];
        }
    }
}
