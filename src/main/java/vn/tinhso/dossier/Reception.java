package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Workflow;

/**
 * The one-stop officer's answers to a dossier filed online: accept it (the processing time starts and the dossier
 * enters the first step of its workflow), refuse it with a reason (form 03), or ask for a supplement (form 02).
 * Only officers of the receiving agency may answer. A supplement may also be asked for during processing.
 */
@Service
class Reception {

    private final Dossiers dossiers;
    private final Procedures procedures;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Officers officers;
    private final Processing processing;
    private final Clock clock;

    Reception(Dossiers dossiers, Procedures procedures, Deadlines deadlines, AuditLog audit, Officers officers,
              Processing processing, Clock clock) {
        this.processing = processing;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.deadlines = deadlines;
        this.audit = audit;
        this.officers = officers;
        this.clock = clock;
    }

    @Transactional
    Dossier accept(CurrentUser officer, DossierCode code) {
        Dossier dossier = ofAgency(officer, code);
        var procedure = procedures.version(new ProcedureCode(dossier.procedureCode), dossier.procedureVersion)
                .orElseThrow();
        Instant receipt = deadlines.receipt(clock.instant(), procedure.details().cutoffTime());
        Instant due = deadlines.due(receipt, procedure.details().processingTime());
        Workflow.Step first = procedure.details().workflow().first();
        dossier.receive(receipt, due, officer.username(), first,
                deadlines.stepDue(receipt, procedure.details().processingTime(), first.sharePercent(), due));
        return saved(dossier, officer, "dossier.received", "");
    }

    @Transactional
    Dossier refuse(CurrentUser officer, DossierCode code, String reason) {
        requireText(reason);
        return saved(ofAgency(officer, code).refuse(reason.strip(), officer.username()), officer, "dossier.refused", reason);
    }

    /** Before acceptance the one-stop officer asks; during processing, any officer who may handle the dossier. */
    @Transactional
    Dossier requestSupplement(CurrentUser officer, DossierCode code, String missing) {
        requireText(missing);
        Dossier found = dossiers.find(code).orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        Dossier dossier = found.receivedAt() == null ? ofAgency(officer, code) : processing.handled(officer, code);
        dossier.requestSupplement(missing.strip(), officer.username(), clock.instant());
        return saved(dossier, officer, "dossier.supplement-requested", missing);
    }

    private Dossier saved(Dossier dossier, CurrentUser officer, String action, String details) {
        dossiers.save(dossier);
        audit.record(officer.username(), action, dossier.code.value(), details == null ? "" : details.strip());
        return dossier;
    }

    /** The dossier, if the officer works at its receiving agency; otherwise as if it did not exist. */
    private Dossier ofAgency(CurrentUser officer, DossierCode code) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        if (!officers.mayReceiveFor(officer, dossier.agencyCode)) {
            throw new NotFound("hồ sơ", code.value());
        }
        return dossier;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "dossier.reason-required");
        }
    }
}
