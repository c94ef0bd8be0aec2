package vn.tinhso.dossier;

import java.io.IOException;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;

/**
 * The buttons and forms of a dossier's page during processing: workflow actions, returning the result,
 * assignment, comments, supplements during processing, the extension letter (form 04), stopping (form 05) and the
 * applicant's withdrawal; and the documents the page links to (the signed result, letters, form 06).
 */
@Controller
class ProcessingPages {

    private final Processing processing;
    private final Supplements supplements;
    private final Uploads uploads;
    private final DossierDocuments documents;

    ProcessingPages(Processing processing, Supplements supplements, Uploads uploads, DossierDocuments documents) {
        this.processing = processing;
        this.supplements = supplements;
        this.uploads = uploads;
        this.documents = documents;
    }

    @PostMapping("/dossiers/{code}/actions/{action}")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String take(CurrentUser officer, @PathVariable String code, @PathVariable String action,
                @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.take(officer, new DossierCode(code), action, note),
                "processing.page.done." + (action.equals("approve") ? "approve" : "step"));
    }

    @PostMapping("/dossiers/{code}/return")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String returnResult(CurrentUser officer, @PathVariable String code, @RequestParam ReturnMethod method,
                        RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.returnResult(officer, new DossierCode(code), method),
                "processing.page.done.returned");
    }

    @PostMapping("/dossiers/{code}/assignment")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String assign(CurrentUser officer, @PathVariable String code, @RequestParam String assignee,
                  RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.assign(officer, new DossierCode(code), assignee),
                "processing.page.done.assigned");
    }

    @PostMapping("/dossiers/{code}/comments")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String comment(CurrentUser officer, @PathVariable String code, @RequestParam(defaultValue = "") String text,
                   RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.comment(officer, new DossierCode(code), text),
                "processing.page.done.commented");
    }

    @PostMapping("/dossiers/{code}/extension")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String extend(CurrentUser officer, @PathVariable String code,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime due,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.extend(officer, new DossierCode(code), due, reason),
                "processing.page.done.extended");
    }

    @PostMapping("/dossiers/{code}/stop")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String stop(CurrentUser officer, @PathVariable String code, @RequestParam(defaultValue = "") String reason,
                RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.stop(officer, new DossierCode(code), reason),
                "processing.page.done.stopped");
    }

    /** The applicant brought the missing papers to the desk: the officer scans them in. */
    @PostMapping("/dossiers/{code}/desk-supplement")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String deskSupplement(CurrentUser officer, @PathVariable String code, MultipartHttpServletRequest request,
                          RedirectAttributes redirect) throws IOException {
        var papers = uploads.acceptAll(request, officer.username(), null);
        return DossierAnswers.answer(redirect, code, () -> supplements.completeAtDesk(officer, new DossierCode(code), papers),
                "dossier.page.supplemented");
    }

    @PostMapping("/dossiers/{code}/withdrawal")
    @PreAuthorize("hasRole('CITIZEN')")
    String withdraw(CurrentUser citizen, @PathVariable String code, @RequestParam(defaultValue = "") String reason,
                    RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> processing.withdraw(citizen, new DossierCode(code), reason),
                "processing.page.done.withdrawn");
    }

    @GetMapping("/dossiers/{code}/result.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> result(CurrentUser user, @PathVariable String code) {
        return pdf(documents.result(user, new DossierCode(code)), "ket-qua-" + code + ".pdf", true);
    }

    @GetMapping("/dossiers/{code}/letters/{id}.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable String code, @PathVariable long id) {
        return pdf(documents.letter(user, new DossierCode(code), id), "thong-bao-" + code + "-" + id + ".pdf", false);
    }

    @GetMapping("/dossiers/{code}/control-slip.pdf")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    ResponseEntity<byte[]> controlSlip(CurrentUser officer, @PathVariable String code) {
        return pdf(documents.controlSlip(officer, new DossierCode(code)), "phieu-kiem-soat-" + code + ".pdf", false);
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName, boolean attachment) {
        var disposition = attachment ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName).build().toString())
                .body(bytes);
    }
}
