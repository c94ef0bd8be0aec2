package vn.tinhso.dti.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * A unit's assessment page: its assessor answers each indicator and adds evidence (each row saved on its own with
 * htmx, refused input shown on the row and nothing saved), then submits; the council appraises each indicator of a
 * submitted unit and, once published, corrects with a reason. Others do not see it.
 */
@Controller
class AssessmentPages {

    private final Assessments assessments;
    private final Appraisals appraisals;
    private final AssessmentViews views;
    private final Answers answers;
    private final EvidenceFiles files;
    private final MessageSource messages;

    AssessmentPages(Assessments assessments, Appraisals appraisals, AssessmentViews views, Answers answers,
                    EvidenceFiles files, MessageSource messages) {
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.views = views;
        this.answers = answers;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/dti/periods/{id}/units/{agency}")
    @PreAuthorize("isAuthenticated()")
    String page(CurrentUser user, @PathVariable long id, @PathVariable String agency, Model model) {
        model.addAttribute("view", views.of(user, id, agency));
        model.addAttribute("reminders", views.reminders(id, agency));
        model.addAttribute("corrections", appraisals.corrections(id).stream()
                .filter(c -> c.agencyCode().equals(agency)).toList());
        return "dti/assessment";
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/answers/{indicator}")
    @PreAuthorize("hasRole('DTI_ASSESSOR')")
    String answer(CurrentUser user, @PathVariable long id, @PathVariable String agency, @PathVariable String indicator,
                  AnswerInput input, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return row(user, id, agency, indicator, request, model, redirect,
                () -> assessments.answer(user, id, agency, indicator, input), input);
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/evidence/{indicator}")
    @PreAuthorize("hasRole('DTI_ASSESSOR')")
    String evidence(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                    @PathVariable String indicator, @RequestParam(required = false) MultipartFile file,
                    @RequestParam(required = false) String url, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        return row(user, id, agency, indicator, request, model, redirect, () -> {
            if (file != null && !file.isEmpty()) {
                try (InputStream in = file.getInputStream()) {
                    assessments.addFile(user, id, agency, indicator, in, file.getOriginalFilename());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } else {
                assessments.addLink(user, id, agency, indicator, url);
            }
        }, null);
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/evidence/{indicator}/{evidenceId}/delete")
    @PreAuthorize("hasRole('DTI_ASSESSOR')")
    String removeEvidence(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                          @PathVariable String indicator, @PathVariable UUID evidenceId, HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        return row(user, id, agency, indicator, request, model, redirect,
                () -> assessments.removeEvidence(user, id, agency, evidenceId), null);
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/appraisals/{indicator}")
    @PreAuthorize("hasRole('DTI_COUNCIL')")
    String appraise(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                    @PathVariable String indicator, @RequestParam(required = false) String points,
                    @RequestParam(required = false) String comment, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        return row(user, id, agency, indicator, request, model, redirect,
                () -> appraisals.appraise(user, id, agency, indicator, points, comment), null);
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/corrections/{indicator}")
    @PreAuthorize("hasRole('DTI_COUNCIL')")
    String correct(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                   @PathVariable String indicator, @RequestParam(required = false) String points,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return back(id, agency, redirect, "dti.notice.corrected",
                () -> appraisals.correct(user, id, agency, indicator, points, reason));
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/submit")
    @PreAuthorize("hasRole('DTI_ASSESSOR')")
    String submit(CurrentUser user, @PathVariable long id, @PathVariable String agency, RedirectAttributes redirect) {
        return back(id, agency, redirect, "dti.notice.submitted", () -> assessments.submit(user, id, agency));
    }

    @PostMapping("/dti/periods/{id}/units/{agency}/prefill")
    @PreAuthorize("hasRole('DTI_ASSESSOR')")
    String prefill(CurrentUser user, @PathVariable long id, @PathVariable String agency, RedirectAttributes redirect) {
        return back(id, agency, redirect, "dti.notice.prefilled", () -> assessments.prefill(user, id, agency));
    }

    /** An evidence file, to those who may see the unit's assessment. */
    @GetMapping("/dti/periods/{id}/units/{agency}/evidence/{evidenceId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<InputStreamResource> download(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                                                 @PathVariable UUID evidenceId) throws IOException {
        assessments.visible(user, id, agency);
        EvidenceItem item = answers.evidence(id, agency).stream()
                .filter(e -> e.id().equals(evidenceId) && e.kind() == EvidenceItem.Kind.FILE).findFirst()
                .orElseThrow(() -> new NotFound("minh chứng", evidenceId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(item.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(item.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(files.open(item.sha256())));
    }

    /**
     * Carries out a change to one indicator and answers with its row (htmx), or with the whole page again; a refusal
     * shows on the row, with what was typed, and nothing is saved.
     */
    private String row(CurrentUser user, long id, String agency, String indicator, HttpServletRequest request,
                       Model model, RedirectAttributes redirect, Runnable change, AnswerInput typed) {
        boolean htmx = request.getHeader("HX-Request") != null;
        String problem = null;
        try {
            change.run();
        } catch (NotFound notVisible) {
            throw notVisible;
        } catch (Refusal refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            if (!htmx) {
                redirect.addFlashAttribute("problem", refused.code());
                redirect.addFlashAttribute("problemArguments", refused.arguments());
                return "redirect:/dti/periods/" + id + "/units/" + agency;
            }
            problem = messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale());
        }
        if (!htmx) {
            redirect.addFlashAttribute("notice", "dti.notice.saved");
            return "redirect:/dti/periods/" + id + "/units/" + agency + "#" + indicator;
        }
        AssessmentView view = views.of(user, id, agency);
        model.addAttribute("view", view);
        model.addAttribute("row", views.row(view, indicator));
        model.addAttribute("rowProblem", problem);
        model.addAttribute("typed", problem == null ? null : typed);
        return "dti/assessment :: row";
    }

    private static String back(long id, String agency, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (NotFound notVisible) {
            throw notVisible;
        } catch (Refusal refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/dti/periods/" + id + "/units/" + agency;
    }
}
