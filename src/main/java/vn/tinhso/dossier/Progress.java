package vn.tinhso.dossier;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the dossier is in its processing: the workflow step and the agency carrying it out, the step's due time,
 * who it is assigned to, the stopped clock, extensions and the result's dates.
 */
record Progress(String step, String handlingAgency, String stepRole, Instant stepDueAt, String assignee,
                Instant pausedAt, DossierStatus pausedStatus, long pausedMinutes, int supplementCount,
                Instant originalDueAt, int extensionCount, Instant resolvedAt, Instant returnedAt,
                ReturnMethod returnMethod, Instant closedAt) {

    static Progress none(String agencyCode, Instant due) {
        return new Progress(null, agencyCode, null, null, null, null, null, 0, 0, due, 0, null, null, null, null);
    }

    Progress at(String newStep, String agency, String role, Instant due) {
        return new Progress(newStep, agency, role, due, null, pausedAt, pausedStatus, pausedMinutes, supplementCount,
                originalDueAt, extensionCount, resolvedAt, returnedAt, returnMethod, closedAt);
    }

    Progress withOriginalDue(Instant due) {
        return new Progress(step, handlingAgency, stepRole, stepDueAt, assignee, pausedAt, pausedStatus, pausedMinutes,
                supplementCount, due, extensionCount, resolvedAt, returnedAt, returnMethod, closedAt);
    }

    Progress paused(DossierStatus from, Instant at) {
        return new Progress(step, handlingAgency, stepRole, stepDueAt, assignee, at, from, pausedMinutes,
                supplementCount + 1, originalDueAt, extensionCount, resolvedAt, returnedAt, returnMethod, closedAt);
    }

    Progress resumed(Duration stopped, Instant newStepDue) {
        return new Progress(step, handlingAgency, stepRole, newStepDue, assignee, null, null,
                pausedMinutes + stopped.toMinutes(), supplementCount, originalDueAt, extensionCount, resolvedAt,
                returnedAt, returnMethod, closedAt);
    }

    Progress assignedTo(String who) {
        return new Progress(step, handlingAgency, stepRole, stepDueAt, who, pausedAt, pausedStatus, pausedMinutes,
                supplementCount, originalDueAt, extensionCount, resolvedAt, returnedAt, returnMethod, closedAt);
    }

    Progress extended() {
        return new Progress(step, handlingAgency, stepRole, stepDueAt, assignee, pausedAt, pausedStatus, pausedMinutes,
                supplementCount, originalDueAt, extensionCount + 1, resolvedAt, returnedAt, returnMethod, closedAt);
    }

    Progress resolvedAt(Instant at) {
        return new Progress(step, handlingAgency, stepRole, stepDueAt, assignee, pausedAt, pausedStatus, pausedMinutes,
                supplementCount, originalDueAt, extensionCount, at, returnedAt, returnMethod, closedAt);
    }

    Progress returned(ReturnMethod method, Instant at) {
        return new Progress(null, handlingAgency, null, null, assignee, pausedAt, pausedStatus, pausedMinutes,
                supplementCount, originalDueAt, extensionCount, resolvedAt, at, method, at);
    }

    Progress closed(Instant at) {
        return new Progress(null, handlingAgency, null, null, assignee, null, null, pausedMinutes, supplementCount,
                originalDueAt, extensionCount, resolvedAt, returnedAt, returnMethod, at);
    }
}
