package vn.tinhso.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Workflow;

/**
 * The dossier aggregate: its state changes are small methods that check the state they start from, change it,
 * and record what happened (an event for other modules and a line of history). Processing follows the workflow
 * of the procedure version the dossier was filed under: the dossier is at one of its steps, and only an action of
 * that step, taken by someone holding one of the action's roles, moves it on.
 */
final class Dossier {

    private static final Set<DossierStatus> PROCESSING = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
    private static final Set<DossierStatus> WITHDRAWABLE = EnumSet.of(DossierStatus.SUBMITTED,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);

    final long id;
    final DossierCode code;
    final String procedureCode;
    final int procedureVersion;
    final String agencyCode;
    final Channel channel;
    final Long ownerAccountId;
    final Applicant applicant;
    final Instant submittedAt;
    private DossierStatus status;
    private Instant receivedAt;
    private Instant dueAt;
    private final int version;
    private Progress progress;
    private final List<Object> events = new ArrayList<>();
    private final List<HistoryLine> history = new ArrayList<>();
    private final List<StepChange> steps = new ArrayList<>();

    Dossier(long id, DossierCode code, String procedureCode, int procedureVersion, String agencyCode, Channel channel,
            Long ownerAccountId, Applicant applicant, Instant submittedAt, DossierStatus status, Instant receivedAt,
            Instant dueAt, int version, Progress progress) {
        this.id = id;
        this.code = code;
        this.procedureCode = procedureCode;
        this.procedureVersion = procedureVersion;
        this.agencyCode = agencyCode;
        this.channel = channel;
        this.ownerAccountId = ownerAccountId;
        this.applicant = applicant;
        this.submittedAt = submittedAt;
        this.status = status;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.version = version;
        this.progress = progress == null ? Progress.none(agencyCode, dueAt) : progress;
    }

    // ---- reception --------------------------------------------------------------------------------------------

    Dossier receive(Instant at, Instant due, String actor, Workflow.Step first, Instant firstStepDue) {
        require(DossierStatus.SUBMITTED);
        receivedAt = at;
        dueAt = due;
        progress = progress.withOriginalDue(due);
        change(DossierStatus.RECEIVED, actor, "received", "");
        enter(first, at, actor, firstStepDue);
        events.add(new DossierReceived(code, agencyCode, at, due));
        return this;
    }

    Dossier refuse(String reason, String actor) {
        boolean atReception = status == DossierStatus.SUPPLEMENT_REQUESTED && receivedAt == null;
        if (status != DossierStatus.SUBMITTED && !atReception) {
            throw wrongState();
        }
        change(DossierStatus.REFUSED, actor, "refused", reason);
        events.add(new DossierRefused(code, reason));
        return this;
    }

    /**
     * Asks the applicant to complete the dossier (form 02). Before acceptance the dossier waits at reception; during
     * processing the clock stops until the papers arrive.
     */
    Dossier requestSupplement(String missing, String actor, Instant now) {
        if (status == DossierStatus.SUBMITTED) {
            change(DossierStatus.SUPPLEMENT_REQUESTED, actor, "supplement-requested", missing);
        } else if (PROCESSING.contains(status)) {
            progress = progress.paused(status, now);
            change(DossierStatus.SUPPLEMENT_REQUESTED, actor, "supplement-requested", missing);
        } else {
            throw wrongState();
        }
        events.add(new SupplementRequested(code, missing));
        return this;
    }

    /**
     * The applicant handed in what was missing. A dossier not yet accepted goes back to reception; one in processing
     * resumes where it was, its due dates moved by the working time the clock was stopped.
     */
    Dossier supplemented(String actor, Instant now, Duration stoppedWorkingTime, Instant newDue, Instant newStepDue) {
        require(DossierStatus.SUPPLEMENT_REQUESTED);
        if (progress.pausedAt() == null) {
            change(DossierStatus.SUBMITTED, actor, "supplemented", "");
            return this;
        }
        DossierStatus resumed = progress.pausedStatus();
        dueAt = newDue;
        progress = progress.resumed(stoppedWorkingTime, newStepDue);
        change(resumed, actor, "supplemented", "");
        events.add(new SupplementCompleted(code, now, newDue));
        return this;
    }

    // ---- processing -------------------------------------------------------------------------------------------

    /**
     * Takes an action of the current step's workflow.
     *
     * @param workflow the workflow of the procedure version the dossier was filed under
     * @param actionName the action
     * @param rolesHeld the roles the actor holds in the agency carrying out the current step
     * @param actor who takes it
     * @param note what they wrote, kept in the history
     * @param now when
     * @param nextDue when the step it leads to is due
     * @return the action taken
     */
    Workflow.Action take(Workflow workflow, String actionName, Collection<String> rolesHeld, String actor, String note,
                         Instant now, Instant nextDue) {
        Workflow.Action action = action(workflow, actionName);
        if (action.roles().stream().noneMatch(rolesHeld::contains)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dossier.action.role", actionName,
                    String.join(", ", action.roles()));
        }
        if (Workflow.DONE.equals(action.next())) {
            throw new IllegalStateException("The action that ends processing returns the result: " + actionName);
        }
        Workflow.Step next = workflow.steps().stream().filter(s -> s.state().equals(action.next())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Workflow has no step " + action.next()));
        leave(now, actor, actionName);
        DossierStatus to = status == DossierStatus.RESOLVED ? DossierStatus.RESOLVED : DossierStatus.IN_PROGRESS;
        history.add(new HistoryLine("step." + actionName, status, to, actor, note == null ? "" : note.strip()));
        status = to;
        enter(next, now, actor, nextDue);
        events.add(new StepTaken(code, progress.handlingAgency(), actionName, next.state(), actor, now));
        return action;
    }

    /** The workflow action that leaves the current step under this name; refused naming the step otherwise. */
    Workflow.Action action(Workflow workflow, String actionName) {
        if (!(PROCESSING.contains(status) || status == DossierStatus.RESOLVED) || progress.step() == null) {
            throw wrongState();
        }
        return currentStep(workflow).actions().stream().filter(a -> a.name().equals(actionName)).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "dossier.action.not-here", actionName,
                        progress.step()));
    }

    Workflow.Step currentStep(Workflow workflow) {
        return workflow.steps().stream().filter(s -> s.state().equals(progress.step())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Workflow has no step " + progress.step()));
    }

    /** The leader approved: the signed result is issued (Đã xử lý xong); the dossier moves to the next step. */
    Dossier resolve(Instant at, String approver) {
        if (!PROCESSING.contains(status)) {
            throw wrongState();
        }
        progress = progress.resolvedAt(at);
        history.add(new HistoryLine("resolved", status, DossierStatus.RESOLVED, approver, ""));
        status = DossierStatus.RESOLVED;
        events.add(new ResultIssued(code, agencyCode, procedureCode, at, dueAt, onTime(at),
                progress.supplementCount()));
        return this;
    }

    /** The result was handed back (Đã trả kết quả): the action leading out of the workflow was taken. */
    Dossier returnResult(ReturnMethod method, Instant at, String actor, String actionName) {
        require(DossierStatus.RESOLVED);
        leave(at, actor, actionName);
        progress = progress.returned(method, at);
        change(DossierStatus.RETURNED, actor, "returned", method.name());
        events.add(new ResultReturned(code, method, at));
        return this;
    }

    /** Hands the dossier to an officer of the agency carrying out the current step. */
    Dossier assign(String assignee, String actor) {
        if (!(PROCESSING.contains(status) || status == DossierStatus.RESOLVED)) {
            throw wrongState();
        }
        progress = progress.assignedTo(assignee);
        history.add(new HistoryLine("assigned", status, status, actor, assignee));
        return this;
    }

    /** Sets a later due date; the apology-and-extension letter (form 04) is issued with it. */
    Dossier extend(Instant newDue, String reason, String actor, Instant now) {
        if (!(PROCESSING.contains(status) || status == DossierStatus.SUPPLEMENT_REQUESTED && receivedAt != null)) {
            throw wrongState();
        }
        if (!newDue.isAfter(dueAt) || !newDue.isAfter(now)) {
            throw Refusal.of("dossier.extension.not-later");
        }
        Instant old = dueAt;
        dueAt = newDue;
        progress = progress.extended();
        history.add(new HistoryLine("extended", status, status, actor, reason));
        events.add(new DossierExtended(code, old, newDue, reason));
        return this;
    }

    /** The agency stops processing, with a reason (form 05). */
    Dossier stop(String reason, String actor, Instant now) {
        if (!(PROCESSING.contains(status) || status == DossierStatus.SUPPLEMENT_REQUESTED && receivedAt != null)) {
            throw wrongState();
        }
        leave(now, actor, "stop");
        progress = progress.closed(now);
        change(DossierStatus.STOPPED, actor, "stopped", reason);
        events.add(new DossierStopped(code, reason));
        return this;
    }

    /** The applicant withdraws the dossier before its result. */
    Dossier withdraw(String reason, String actor, Instant now) {
        if (!WITHDRAWABLE.contains(status)) {
            throw wrongState();
        }
        leave(now, actor, "withdraw");
        progress = progress.closed(now);
        change(DossierStatus.WITHDRAWN, actor, "withdrawn", reason);
        events.add(new DossierWithdrawn(code, reason));
        return this;
    }

    /** Whether a result issued at {@code at} is on time (Decision 766: more than one supplement request is late). */
    boolean onTime(Instant at) {
        return dueAt != null && !at.isAfter(dueAt) && progress.supplementCount() <= 1;
    }

    private void enter(Workflow.Step step, Instant at, String actor, Instant stepDue) {
        String agency = step.agencyCode().isBlank() ? agencyCode : step.agencyCode();
        progress = progress.at(step.state(), agency, step.role(), stepDue);
        steps.add(new StepChange(step.state(), agency, at, actor, stepDue, null));
    }

    private void leave(Instant at, String actor, String action) {
        if (progress.step() != null) {
            steps.add(new StepChange(null, null, at, actor, null, action));
        }
    }

    private void require(DossierStatus expected) {
        if (status != expected) {
            throw wrongState();
        }
    }

    private Refusal wrongState() {
        return new Refusal(HttpStatus.CONFLICT, "dossier.wrong-state", code.value(),
                new DefaultMessageSourceResolvable("dossier.status." + status));
    }

    private void change(DossierStatus to, String actor, String type, String note) {
        history.add(new HistoryLine(type, status, to, actor, note));
        status = to;
        if (to.closed()) {
            progress = progress.at(null, progress.handlingAgency(), null, null);
        }
    }

    DossierStatus status() {
        return status;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Progress progress() {
        return progress;
    }

    int version() {
        return version;
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    List<HistoryLine> history() {
        return List.copyOf(history);
    }

    /** Steps entered (with {@code step} set) and left (with {@code action} set), in order, not yet written. */
    List<StepChange> stepChanges() {
        return List.copyOf(steps);
    }

    /** A change not yet written to {@code dossier_event}. */
    record HistoryLine(String type, DossierStatus from, DossierStatus to, String actor, String note) {
    }

    /** Entering a step, or leaving the current one by an action. */
    record StepChange(String step, String agencyCode, Instant at, String actor, Instant dueAt, String action) {
    }
}
