package vn.tinhso.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.identity.CurrentUser;

/** Processing dossiers over HTTP: workflow actions, return, assignment, letters, withdrawal, the officer's queues. */
@RestController
@RequestMapping("/api")
@Tag(name = "Xử lý hồ sơ / Dossier processing")
class ProcessingApi {

    private final Processing processing;
    private final Tracking tracking;
    private final Workspace workspace;
    private final DossierDocuments documents;

    ProcessingApi(Processing processing, Tracking tracking, Workspace workspace, DossierDocuments documents) {
        this.processing = processing;
        this.tracking = tracking;
        this.workspace = workspace;
        this.documents = documents;
    }

    @Operation(summary = "Take a workflow action of the dossier's current step (e.g. forward, submit, approve)")
    @PostMapping("/dossiers/{code}/actions/{action}")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState take(CurrentUser officer, @PathVariable String code, @PathVariable String action,
                      @Valid @RequestBody(required = false) Remark note) {
        String text = note == null ? "" : note.text();
        return tracking.stateOf(processing.take(officer, new DossierCode(code), action, text));
    }

    @Operation(summary = "Return the result (online, at the desk or by post): ends the workflow")
    @PostMapping("/dossiers/{code}/return")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState returnResult(CurrentUser officer, @PathVariable String code, @Valid @RequestBody Return body) {
        return tracking.stateOf(processing.returnResult(officer, new DossierCode(code), body.method()));
    }

    @Operation(summary = "Assign the dossier to an officer of the agency carrying out its current step")
    @PostMapping("/dossiers/{code}/assignment")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState assign(CurrentUser officer, @PathVariable String code, @Valid @RequestBody Assignment body) {
        return tracking.stateOf(processing.assign(officer, new DossierCode(code), body.assignee()));
    }

    @Operation(summary = "Issue the apology-and-extension letter (form 04) with the new due date")
    @PostMapping("/dossiers/{code}/extension")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState extend(CurrentUser officer, @PathVariable String code, @Valid @RequestBody Extension body) {
        return tracking.stateOf(processing.extend(officer, new DossierCode(code), body.dueAt(), body.reason()));
    }

    @Operation(summary = "Stop processing with a reason (form 05)")
    @PostMapping("/dossiers/{code}/stop")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState stop(CurrentUser officer, @PathVariable String code, @Valid @RequestBody Note body) {
        return tracking.stateOf(processing.stop(officer, new DossierCode(code), body.text()));
    }

    @Operation(summary = "Withdraw one's own dossier before its result (applicant)")
    @PostMapping("/dossiers/{code}/withdrawal")
    @PreAuthorize("hasRole('CITIZEN')")
    DossierState withdraw(CurrentUser citizen, @PathVariable String code,
                          @Valid @RequestBody(required = false) Remark body) {
        return tracking.stateOf(processing.withdraw(citizen, new DossierCode(code), body == null ? "" : body.text()));
    }

    @Operation(summary = "The signed result as PDF (the applicant once issued; officers who may handle the dossier)")
    @GetMapping("/dossiers/{code}/result.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> result(CurrentUser user, @PathVariable String code) {
        return ProcessingPages.pdf(documents.result(user, new DossierCode(code)), "ket-qua-" + code + ".pdf", true);
    }

    @Operation(summary = "The officer's queues: code, step, due date of each dossier, per queue")
    @GetMapping("/workspace")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    Map<Workspace.Queue, List<DossierList.WorkLine>> queues(CurrentUser officer) {
        return workspace.queues(officer);
    }

    /** An optional note. */
    record Remark(@Size(max = 2000) String text) {
    }

    /** A required note or reason. */
    record Note(@NotBlank @Size(max = 2000) String text) {
    }

    /** How the result is returned. */
    record Return(@NotNull ReturnMethod method) {
    }

    /** Whom to assign to. */
    record Assignment(@NotBlank @Size(max = 100) String assignee) {
    }

    /** The new date and the reason for the delay, in Vietnam's local time. */
    record Extension(@NotNull LocalDateTime dueAt, @NotBlank @Size(max = 2000) String reason) {
    }
}
