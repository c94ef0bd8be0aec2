package vn.tinhso.dossier;

import java.time.Instant;

/**
 * A workflow action moved a dossier to another step.
 *
 * @param code the dossier
 * @param handlingAgency the agency carrying out the step it moved to
 * @param action the action, e.g. {@code submit}
 * @param step the step it moved to, e.g. {@code AWAITING_APPROVAL}
 * @param actor who took it
 * @param at when
 */
public record StepTaken(DossierCode code, String handlingAgency, String action, String step, String actor, Instant at) {
}
