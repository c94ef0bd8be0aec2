package vn.tinhso.procedure.pages;

import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureDetails;

/**
 * A version beside what changed since the version before it: the names of the {@link ProcedureDetails}
 * attributes whose values differ (message keys {@code pages.attribute.<name>}), and whether the date changed.
 *
 * @param version the version
 * @param changed the attributes that differ from the previous version; empty for the first version
 * @param first whether this is the first version
 */
record VersionChanges(Procedure version, List<String> changed, boolean first) {

    private static final RecordComponent[] ATTRIBUTES = ProcedureDetails.class.getRecordComponents();

    /** When the version was recorded, in Vietnam's time. */
    public LocalDateTime recordedAt() {
        return LocalDateTime.ofInstant(version.recordedAt(), WorkingCalendar.ZONE);
    }

    /** The history (newest first, as {@code Procedures.history} gives it) with each version's changes. */
    static List<VersionChanges> of(List<Procedure> history) {
        var rows = new ArrayList<VersionChanges>();
        for (int i = 0; i < history.size(); i++) {
            boolean first = i == history.size() - 1;
            rows.add(new VersionChanges(history.get(i),
                    first ? List.of() : changed(history.get(i + 1).details(), history.get(i).details()), first));
        }
        return rows;
    }

    /** The names of the attributes whose values differ, in the record's order. */
    static List<String> changed(ProcedureDetails older, ProcedureDetails newer) {
        var names = new ArrayList<String>();
        for (RecordComponent attribute : ATTRIBUTES) {
            if (!Objects.equals(value(attribute, older), value(attribute, newer))) {
                names.add(attribute.getName());
            }
        }
        return names;
    }

    private static Object value(RecordComponent attribute, ProcedureDetails details) {
        try {
            return attribute.getAccessor().invoke(details);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException("Cannot read " + attribute.getName(), impossible);
        }
    }
}
