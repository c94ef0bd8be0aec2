package vn.tinhso.servicequality;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The flow counters of a day in {@code sq_day}, in column order; each is the column of the same name. */
enum Counter {
    RECEIVED_ONLINE, RECEIVED_DIRECT, RECEIVED_POSTAL,
    RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE, PROCESSING_MINUTES, CLOSED,
    DUE, FINISHED_BY_DUE, FINISHED_AFTER_DUE,
    ELECTRONIC_RESULTS, DIGITISED, WITH_FEE, PAID_ONLINE,
    VERY_SATISFIED, SATISFIED, DISSATISFIED;

    static final int COUNT = values().length;

    String column() {
        return name().toLowerCase();
    }

    /** The columns, comma-separated, with a prefix each (e.g. {@code "sum("}) and a suffix (e.g. {@code ")"}). */
    static String columns(String prefix, String suffix) {
        return Arrays.stream(values()).map(c -> prefix.replace("#", c.column()) + c.column() + suffix)
                .collect(Collectors.joining(", "));
    }
}
