package vn.tinhso.dossier;

import java.io.IOException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.IdentityNumber;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/**
 * Filing online, as a citizen does it: the form (applicant and one upload per paper), a review of everything,
 * then "Nộp hồ sơ". Mistakes send the form back with what was typed and uploaded kept.
 */
@Controller
@RequestMapping("/dossiers")
@PreAuthorize("hasRole('CITIZEN')")
class FilingPages {

    private final Procedures procedures;
    private final Uploads uploads;
    private final Intake intake;
    private final Names names;

    FilingPages(Procedures procedures, Uploads uploads, Intake intake, Names names) {
        this.procedures = procedures;
        this.uploads = uploads;
        this.intake = intake;
        this.names = names;
    }

    @GetMapping("/new")
    String form(CurrentUser citizen, @RequestParam("procedure") String code, Model model) {
        Procedure procedure = onlineProcedure(code);
        var agencies = procedure.details().agencyCodes();
        model.addAttribute("filing", Filing.start(code, agencies.size() == 1 ? agencies.get(0) : "",
                citizen.displayName(), citizen.identityNumber(), procedure.details().documents().size()));
        return page(procedure, model);
    }

    @PostMapping("/new")
    String review(CurrentUser citizen, @Valid @ModelAttribute("filing") Filing filing, BindingResult errors,
                  MultipartHttpServletRequest request, Model model) throws IOException {
        Procedure procedure = onlineProcedure(filing.procedureCode());
        takeUploads(citizen, filing, procedure, request, errors);
        checkIdentityNumber(filing, errors);
        for (int paper = 0; paper < procedure.details().documents().size(); paper++) {
            if (procedure.details().documents().get(paper).required() && filing.uploadFor(paper).isBlank()) {
                errors.reject("dossier.document.missing",
                        new Object[] {procedure.details().documents().get(paper).name()}, null);
            }
        }
        if (filing.agencyCode() == null || filing.agencyCode().isBlank()) {
            errors.rejectValue("agencyCode", "dossier.page.agency-required");
        }
        return errors.hasErrors() ? page(procedure, model) : reviewPage(procedure, model);
    }

    @PostMapping
    String submit(CurrentUser citizen, @Valid @ModelAttribute("filing") Filing filing, BindingResult errors,
                  Model model) {
        Procedure procedure = onlineProcedure(filing.procedureCode());
        if (errors.hasErrors()) {
            return page(procedure, model);
        }
        try {
            Filed filed = intake.fileOnline(citizen, filing.toSubmission(), "web-" + filing.token());
            return "redirect:/dossiers/" + filed.code().value() + "?filed";
        } catch (Refusal refused) {
            errors.reject(refused.code(), refused.arguments(), null);
            return page(procedure, model);
        }
    }

    private void takeUploads(CurrentUser citizen, Filing filing, Procedure procedure, MultipartHttpServletRequest request,
                             BindingResult errors) throws IOException {
        for (var paper : Uploads.byPaper(request).entrySet()) {
            if (paper.getKey() >= procedure.details().documents().size()) {
                continue;
            }
            try {
                var upload = uploads.accept(paper.getValue(), citizen.username(), citizen.accountId());
                filing.withUpload(paper.getKey(), upload.id().toString(), upload.file().fileName());
            } catch (Refusal refused) {
                errors.reject(refused.code(), refused.arguments(), null);
            }
        }
    }

    private static void checkIdentityNumber(Filing filing, BindingResult errors) {
        if (errors.hasFieldErrors("identityNumber")) {
            return;
        }
        try {
            IdentityNumber.parse(filing.identityNumber());
        } catch (Refusal invalid) {
            errors.rejectValue("identityNumber", invalid.code(), invalid.arguments(), null);
        }
    }

    private Procedure onlineProcedure(String code) {
        Procedure procedure;
        try {
            procedure = procedures.current(new ProcedureCode(code)).orElseThrow(() -> new NotFound("thủ tục", code));
        } catch (Refusal malformed) {
            throw new NotFound("thủ tục", code);
        }
        if (!procedure.online()) {
            throw Refusal.of("dossier.procedure-not-online", procedure.name());
        }
        return procedure;
    }

    private String page(Procedure procedure, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencies", names.agencies(procedure.details().agencyCodes()));
        return "dossier/filing";
    }

    private String reviewPage(Procedure procedure, Model model) {
        page(procedure, model);
        return "dossier/review";
    }
}
