package vn.tinhso.procedure;

import java.time.LocalDate;

/**
 * A new version of a procedure was recorded (a new procedure, a change, or its abolition).
 *
 * @param code the procedure
 * @param version the new version
 * @param validFrom when it takes effect
 */
public record ProcedurePublished(ProcedureCode code, int version, LocalDate validFrom) {
}
