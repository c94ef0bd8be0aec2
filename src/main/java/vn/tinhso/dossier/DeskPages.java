package vn.tinhso.dossier;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.Procedures;

/**
 * The one-stop officer's desk: the queue of dossiers filed online waiting for an answer, the form that registers
 * a paper dossier in a minute, and the answers (accept, refuse, request a supplement) given on a dossier's page.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
class DeskPages {

    private final Officers officers;
    private final DossierList list;
    private final Names names;
    private final Procedures procedures;
    private final Intake intake;
    private final Reception reception;
    private final Uploads uploads;
    private final Views views;

    DeskPages(Officers officers, DossierList list, Names names, Procedures procedures, Intake intake,
              Reception reception, Uploads uploads, Deadlines deadlines, java.time.Clock clock) {
        this.officers = officers;
        this.list = list;
        this.names = names;
        this.procedures = procedures;
        this.intake = intake;
        this.reception = reception;
        this.uploads = uploads;
        this.views = new Views(deadlines, clock);
    }

    @GetMapping("/desk")
    String desk(CurrentUser officer, Model model) {
        return page(officer, DeskForm.empty(), model);
    }

    /** The papers of the chosen procedure, to attach their scans (an htmx fragment). */
    @GetMapping("/desk/papers")
    String papers(@RequestParam(defaultValue = "") String procedureCode, Model model) {
        model.addAttribute("procedure", procedures.offeredToday().stream()
                .filter(p -> p.code().value().equals(procedureCode)).findFirst().orElse(null));
        return "dossier/desk-papers :: papers";
    }

    @PostMapping("/desk")
    String register(CurrentUser officer, @Valid @ModelAttribute("desk") DeskForm form, BindingResult errors,
                    MultipartHttpServletRequest request, Model model) throws IOException {
        if (errors.hasErrors()) {
            return page(officer, form, model);
        }
        try {
            Filed filed = intake.registerAtDesk(officer, form.toSubmission(uploads.acceptAll(request, officer.username(), null)), form.channel());
            return "redirect:/dossiers/" + filed.code().value() + "?registered";
        } catch (Refusal refused) {
            errors.reject(refused.code(), refused.arguments(), null);
            return page(officer, form, model);
        }
    }

    @PostMapping("/dossiers/{code}/accept")
    String accept(CurrentUser officer, @PathVariable String code, RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> reception.accept(officer, new DossierCode(code)), "dossier.page.accepted");
    }

    @PostMapping("/dossiers/{code}/refuse")
    String refuse(CurrentUser officer, @PathVariable String code, @RequestParam String reason,
                  RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> reception.refuse(officer, new DossierCode(code), reason),
                "dossier.page.refused");
    }

    @PostMapping("/dossiers/{code}/supplement")
    String supplement(CurrentUser officer, @PathVariable String code, @RequestParam String missing,
                      RedirectAttributes redirect) {
        return DossierAnswers.answer(redirect, code, () -> reception.requestSupplement(officer, new DossierCode(code), missing),
                "dossier.page.supplement-requested");
    }

    private String page(CurrentUser officer, DeskForm form, Model model) {
        Set<String> agencies = officers.agenciesOf(officer);
        var waiting = list.ofAgencies(agencies, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED));
        List<Procedure> offered = procedures.offeredToday().stream()
                .filter(p -> p.details().agencyCodes().stream().anyMatch(agencies::contains)).toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("procedureNames", names.procedures(waiting));
        model.addAttribute("offered", offered);
        model.addAttribute("agencyNames", names.agencies(List.copyOf(agencies)));
        model.addAttribute("desk", form);
        model.addAttribute("view", views);
        return "dossier/desk";
    }
}
