package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.Colleagues;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.Workflow;

/**
 * Runs each dossier through the workflow of the procedure version it was filed under: the interpreter of
 * {@link Workflow}. An officer or leader takes an action of the current step if they hold one of its roles in the
 * agency carrying the step out; approval issues the signed result; the action that ends the workflow returns it.
 * Besides the workflow: assignment to an officer, comments, the apology-and-extension letter (form 04), stopping
 * (form 05) and the applicant's withdrawal. Every change is one transaction, checked against the version read
 * (two leaders approving at once: one wins, the other is told the dossier changed meanwhile) and audited.
 */
@Service
class Processing {

    private final Dossiers dossiers;
    private final Names names;
    private final Officers officers;
    private final Deadlines deadlines;
    private final Results results;
    private final Letters letters;
    private final Colleagues colleagues;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Comments comments;
    private final Clock clock;

    Processing(Dossiers dossiers, Names names, Officers officers, Deadlines deadlines, Results results, Letters letters,
               Colleagues colleagues, Agencies agencies, AuditLog audit, Comments comments, Clock clock) {
        this.dossiers = dossiers;
        this.names = names;
        this.officers = officers;
        this.deadlines = deadlines;
        this.results = results;
        this.letters = letters;
        this.colleagues = colleagues;
        this.agencies = agencies;
        this.audit = audit;
        this.comments = comments;
        this.clock = clock;
    }

    /**
     * Takes a workflow action on a dossier at its current step.
     *
     * @throws Refusal 409 when the action does not leave the current step (the message names the step) or the
     *         dossier changed meanwhile; 403 when the officer does not hold one of the action's roles
     * @throws NotFound when the officer may not see the dossier
     */
    @Transactional
    Dossier take(CurrentUser actor, DossierCode code, String actionName, String note) {
        Dossier dossier = handled(actor, code);
        Procedure procedure = procedureOf(dossier);
        Workflow workflow = procedure.details().workflow();
        Workflow.Action action = dossier.action(workflow, actionName);
        if (Workflow.DONE.equals(action.next())) {
            return returned(actor, dossier, procedure, action, defaultReturn(dossier, procedure));
        }
        Instant now = clock.instant();
        var roles = officers.rolesIn(actor, dossier.progress().handlingAgency());
        Workflow.Step next = workflow.step(action.next()).orElseThrow();
        dossier.take(workflow, actionName, roles, actor.username(), note, now,
                deadlines.stepDue(now, procedure.details().processingTime(), next.sharePercent(), dossier.dueAt()));
        boolean approving = Workflow.APPROVE.equals(actionName);
        if (approving) {
            dossier.resolve(now, actor.username());
        }
        dossiers.save(dossier); // first: a second approver waits here and is refused, before any result is written
        if (approving) {
            results.issue(dossier, procedure, actor, dossier.progress().handlingAgency(), now);
        }
        audit.record(actor.username(), "dossier.step." + actionName, code.value(), note == null ? "" : note.strip());
        return dossier;
    }

    /**
     * Returns the result: takes the action of the current step that ends the workflow, recording how the result
     * was handed back. A workflow without an approval step issues the signed result here.
     */
    @Transactional
    Dossier returnResult(CurrentUser actor, DossierCode code, ReturnMethod method) {
        Dossier dossier = handled(actor, code);
        Procedure procedure = procedureOf(dossier);
        Workflow workflow = procedure.details().workflow();
        if (dossier.progress().step() == null) {
            throw Refusal.of("dossier.return.not-now", code.value());
        }
        Workflow.Action ending = dossier.currentStep(workflow).actions().stream()
                .filter(a -> Workflow.DONE.equals(a.next())).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "dossier.return.not-here",
                        dossier.progress().step()));
        return returned(actor, dossier, procedure, ending, method);
    }

    private Dossier returned(CurrentUser actor, Dossier dossier, Procedure procedure, Workflow.Action ending,
                             ReturnMethod method) {
        var roles = officers.rolesIn(actor, dossier.progress().handlingAgency());
        if (ending.roles().stream().noneMatch(roles::contains)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dossier.action.role", ending.name(),
                    String.join(", ", ending.roles()));
        }
        Instant now = clock.instant();
        boolean issuing = !dossier.status().resolved();
        String signingAgency = dossier.progress().handlingAgency();
        if (issuing) {
            dossier.resolve(now, actor.username());
        }
        dossier.returnResult(method, now, actor.username(), ending.name());
        dossiers.save(dossier);
        if (issuing) {
            results.issue(dossier, procedure, actor, signingAgency, now);
        }
        audit.record(actor.username(), "dossier.returned", dossier.code.value(), method.name());
        return dossier;
    }

    private static ReturnMethod defaultReturn(Dossier dossier, Procedure procedure) {
        if (dossier.channel == Channel.ONLINE
                && procedure.details().result().forms().contains(vn.tinhso.procedure.Result.Form.ELECTRONIC)) {
            return ReturnMethod.ONLINE;
        }
        return dossier.channel == Channel.POSTAL ? ReturnMethod.POST : ReturnMethod.DESK;
    }

    /** Hands the dossier to an officer or leader of the agency carrying out its current step. */
    @Transactional
    Dossier assign(CurrentUser actor, DossierCode code, String assignee) {
        Dossier dossier = handled(actor, code);
        String agency = dossier.progress().handlingAgency();
        if (officers.rolesIn(actor, agency).isEmpty()) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dossier.assign.not-your-step", agency);
        }
        boolean colleague = colleagues.in(agencies.within(agency), Role.OFFICER, Role.LEADER).stream()
                .anyMatch(c -> c.username().equals(assignee));
        if (!colleague) {
            throw Refusal.of("dossier.assign.unknown", assignee == null ? "" : assignee);
        }
        dossier.assign(assignee, actor.username());
        return saved(dossier, actor, "dossier.assigned", assignee);
    }

    /** An officer's note on the dossier, for the other officers; the applicant does not see it. */
    @Transactional
    void comment(CurrentUser actor, DossierCode code, String text) {
        Dossier dossier = handled(actor, code);
        String clean = required(text, 4000);
        comments.add(dossier, actor.username(), clean);
        audit.record(actor.username(), "dossier.commented", code.value(), "");
    }

    /**
     * Issues the apology-and-extension letter (form 04) and sets the new due date; the applicant is told. There is
     * no other way to move a due date.
     */
    @Transactional
    Dossier extend(CurrentUser actor, DossierCode code, LocalDateTime newDue, String reason) {
        Dossier dossier = handled(actor, code);
        String clean = required(reason, 2000);
        if (newDue == null) {
            throw Refusal.of("dossier.extension.date-required");
        }
        Instant old = dossier.dueAt();
        Instant now = clock.instant();
        dossier.extend(newDue.atZone(WorkingCalendar.ZONE).toInstant(), clean, actor.username(), now);
        letters.issue(dossier, Letters.APOLOGY, clean, old, dossier.dueAt(), actor, now);
        return saved(dossier, actor, "dossier.extended", clean);
    }

    /** Stops processing with a reason; the notice (form 05) is issued to the applicant. */
    @Transactional
    Dossier stop(CurrentUser actor, DossierCode code, String reason) {
        Dossier dossier = handled(actor, code);
        String clean = required(reason, 2000);
        Instant now = clock.instant();
        dossier.stop(clean, actor.username(), now);
        letters.issue(dossier, Letters.STOP, clean, dossier.dueAt(), null, actor, now);
        return saved(dossier, actor, "dossier.stopped", clean);
    }

    /** The applicant withdraws their dossier before the result. */
    @Transactional
    Dossier withdraw(CurrentUser citizen, DossierCode code, String reason) {
        Dossier dossier = dossiers.find(code)
                .filter(found -> citizen != null && Long.valueOf(citizen.accountId()).equals(found.ownerAccountId))
                .orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() > 2000) {
            throw Refusal.of("dossier.text.too-long", 2000);
        }
        dossier.withdraw(clean, citizen.username(), clock.instant());
        dossiers.save(dossier);
        audit.record(citizen.username(), "dossier.withdrawn", code.value(), clean);
        return dossier;
    }

    /** The dossier, if the officer may see it; otherwise as if it did not exist. */
    Dossier handled(CurrentUser officer, DossierCode code) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        if (!mayHandle(officer, dossier)) {
            throw new NotFound("hồ sơ", code.value());
        }
        return dossier;
    }

    boolean mayHandle(CurrentUser officer, Dossier dossier) {
        return officer != null && officer.officer()
                && officers.mayHandle(officer, dossier, procedureOf(dossier).details().workflow().participants());
    }

    /** The actions of the current step this officer may take, for the dossier page's buttons. */
    java.util.List<Workflow.Action> actionsFor(CurrentUser officer, Dossier dossier) {
        if (dossier.progress().step() == null || dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            return java.util.List.of();
        }
        Workflow workflow = procedureOf(dossier).details().workflow();
        Set<String> roles = officers.rolesIn(officer, dossier.progress().handlingAgency());
        return dossier.currentStep(workflow).actions().stream()
                .filter(action -> action.roles().stream().anyMatch(roles::contains))
                .filter(action -> !Workflow.DONE.equals(action.next()) || dossier.status().resolved()
                        || workflow.steps().stream().flatMap(s -> s.actions().stream())
                                .noneMatch(a -> Workflow.APPROVE.equals(a.name())))
                .toList();
    }

    Procedure procedureOf(Dossier dossier) {
        return names.version(dossier.procedureCode, dossier.procedureVersion);
    }

    private Dossier saved(Dossier dossier, CurrentUser actor, String action, String details) {
        dossiers.save(dossier);
        audit.record(actor.username(), action, dossier.code.value(), details == null ? "" : details.strip());
        return dossier;
    }

    private static String required(String text, int limit) {
        if (text == null || text.isBlank()) {
            throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "dossier.reason-required");
        }
        if (text.strip().length() > limit) {
            throw Refusal.of("dossier.text.too-long", limit);
        }
        return text.strip();
    }
}
