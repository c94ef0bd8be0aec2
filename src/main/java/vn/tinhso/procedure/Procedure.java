package vn.tinhso.procedure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a procedure in the catalogue.
 *
 * @param code national code
 * @param version 1 for the first version, then 2, 3, … for each change
 * @param validFrom the day this version takes effect
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (username, or {@code system} for imports at start-up)
 * @param details what it says
 */
public record Procedure(ProcedureCode code, int version, LocalDate validFrom, Instant recordedAt, String recordedBy,
                        ProcedureDetails details) {

    public String name() {
        return details.name();
    }

    /** Offered online and not abolished. */
    public boolean online() {
        return !details.abolished() && details.onlineLevel().online();
    }
}
