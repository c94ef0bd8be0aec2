package vn.tinhso.procedure;

import java.time.LocalDate;

/**
 * A version to be recorded: what the editor saves and what an import row says.
 *
 * @param code the procedure's code (new or existing)
 * @param validFrom the day it takes effect
 * @param details what it says
 */
public record Publication(ProcedureCode code, LocalDate validFrom, ProcedureDetails details) {
}
