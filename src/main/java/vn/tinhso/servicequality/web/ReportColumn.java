package vn.tinhso.servicequality.web;

import java.util.function.ToLongFunction;

import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Measure;

/**
 * The number columns of Biểu 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP), in order after STT and the field: what each
 * shows, under which group, and the dossiers behind it.
 */
enum ReportColumn {
    RECEIVED_TOTAL("sq.col.received", "sq.col.total", Figures::receivedTotal, Measure.RECEIVED_TOTAL),
    RECEIVED_ONLINE("sq.col.received", "sq.col.online", Figures::receivedOnline, Measure.RECEIVED_ONLINE),
    RECEIVED_DIRECT("sq.col.received", "sq.col.direct", Figures::receivedDirectOrPostal,
            Measure.RECEIVED_DIRECT_OR_POSTAL),
    CARRIED_OVER("sq.col.received", "sq.col.carried-over", Figures::carriedOver, Measure.CARRIED_OVER),
    RESOLVED("sq.col.resolved", "sq.col.total", Figures::resolved, Measure.RESOLVED),
    EARLY("sq.col.resolved", "sq.col.early", Figures::resolvedEarly, Measure.RESOLVED_EARLY),
    ON_TIME("sq.col.resolved", "sq.col.on-time", Figures::resolvedOnTime, Measure.RESOLVED_ON_TIME),
    LATE("sq.col.resolved", "sq.col.late", Figures::resolvedLate, Measure.RESOLVED_LATE),
    IN_PROGRESS("sq.col.in-progress", "sq.col.total", Figures::inProgress, Measure.IN_PROGRESS),
    WITHIN("sq.col.in-progress", "sq.col.within", Figures::inProgressWithinDeadline,
            Measure.IN_PROGRESS_WITHIN_DEADLINE),
    OVERDUE("sq.col.in-progress", "sq.col.overdue", Figures::inProgressOverdue, Measure.OVERDUE);

    private final String group;
    private final String label;
    private final ToLongFunction<Figures> value;
    private final Measure measure;

    ReportColumn(String group, String label, ToLongFunction<Figures> value, Measure measure) {
        this.group = group;
        this.label = label;
        this.value = value;
        this.measure = measure;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public long of(Figures figures) {
        return value.applyAsLong(figures);
    }

    public Measure measure() {
        return measure;
    }

    /** Whether this column starts a group of the header (the group's title spans it and the next ones). */
    public boolean first() {
        return ordinal() == 0 || !values()[ordinal() - 1].group.equals(group);
    }

    /** How many columns the group this column starts spans. */
    public int span() {
        int span = 0;
        for (ReportColumn column : values()) {
            span += column.group.equals(group) ? 1 : 0;
        }
        return span;
    }
}
