package vn.tinhso.dossier;

import java.time.Clock;
import java.util.EnumSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.Colleagues;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.Agencies;
import vn.tinhso.identity.Role;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * A dossier's page (for its owner and the officers of its receiving agency), the citizen's "my dossiers", and
 * the public tracking page that needs the code and the last four digits of the identity number.
 */
@Controller
class DossierPages {

    private final Dossiers dossiers;
    private final DossierList list;
    private final Tracking tracking;
    private final Officers officers;
    private final Names names;
    private final Deadlines deadlines;
    private final Uploads uploads;
    private final Supplements supplements;
    private final Processing processing;
    private final Letters letters;
    private final Results results;
    private final Comments comments;
    private final Colleagues colleagues;
    private final Agencies agencies;
    private final DossierParties parties;
    private final Clock clock;

    DossierPages(Dossiers dossiers, DossierList list, Tracking tracking, Officers officers, Names names,
                 Deadlines deadlines, Uploads uploads, Supplements supplements, Processing processing,
                 Letters letters, Results results, Comments comments, Colleagues colleagues, Agencies agencies,
                 DossierParties parties, Clock clock) {
        this.parties = parties;
        this.processing = processing;
        this.letters = letters;
        this.results = results;
        this.comments = comments;
        this.colleagues = colleagues;
        this.agencies = agencies;
        this.dossiers = dossiers;
        this.list = list;
        this.tracking = tracking;
        this.officers = officers;
        this.names = names;
        this.deadlines = deadlines;
        this.uploads = uploads;
        this.supplements = supplements;
        this.clock = clock;
    }

    @GetMapping("/dossiers/mine")
    @PreAuthorize("hasRole('CITIZEN')")
    String mine(CurrentUser citizen, Model model) {
        var lines = list.ownedBy(citizen.accountId());
        model.addAttribute("lines", lines);
        model.addAttribute("procedureNames", names.procedures(lines));
        model.addAttribute("view", new Views(deadlines, clock));
        return "dossier/mine";
    }

    @GetMapping("/dossiers/{code}")
    @PreAuthorize("isAuthenticated()")
    String show(CurrentUser user, @PathVariable String code, Model model) {
        Dossier dossier = parties.visible(user, code);
        boolean officer = parties.handles(user, dossier);
        boolean owner = !officer && user.hasRole(Role.CITIZEN);
        model.addAttribute("state", tracking.stateOf(dossier));
        model.addAttribute("applicantName", dossier.applicant.fullName());
        model.addAttribute("procedure", names.version(dossier.procedureCode, dossier.procedureVersion));
        model.addAttribute("agencyName", names.agencies(java.util.List.of(dossier.agencyCode)).get(dossier.agencyCode));
        model.addAttribute("papers", list.documents(dossier.code));
        model.addAttribute("officer", officer);
        model.addAttribute("receivable", officers.mayReceiveFor(user, dossier.agencyCode)
                && EnumSet.of(DossierStatus.SUBMITTED).contains(dossier.status()));
        model.addAttribute("supplementable", owner && dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED);
        model.addAttribute("progress", dossier.progress());
        model.addAttribute("handlingAgencyName", names.agencies(java.util.List.of(dossier.progress().handlingAgency()))
                .get(dossier.progress().handlingAgency()));
        model.addAttribute("letters", letters.of(dossier));
        model.addAttribute("result", results.of(dossier).orElse(null));
        model.addAttribute("withdrawable", owner && EnumSet.of(DossierStatus.SUBMITTED,
                DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)
                .contains(dossier.status()));
        if (officer) {
            boolean running = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS).contains(dossier.status());
            boolean paused = dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED && dossier.receivedAt() != null;
            model.addAttribute("actions", processing.actionsFor(user, dossier));
            model.addAttribute("returnable", dossier.status() == DossierStatus.RESOLVED);
            model.addAttribute("running", running);
            model.addAttribute("paused", paused);
            model.addAttribute("colleagues", running || dossier.status() == DossierStatus.RESOLVED
                    ? colleagues.in(agencies.within(dossier.progress().handlingAgency()), Role.OFFICER, Role.LEADER)
                    : java.util.List.of());
            model.addAttribute("comments", comments.of(dossier));
        }
        model.addAttribute("view", new Views(deadlines, clock));
        return "dossier/dossier";
    }

    /** The applicant uploads the papers asked for; the dossier goes back to the one-stop officer. */
    @PostMapping("/dossiers/{code}/supplement-papers")
    @PreAuthorize("hasRole('CITIZEN')")
    String supplement(CurrentUser citizen, @PathVariable String code, MultipartHttpServletRequest request,
                      RedirectAttributes redirect) throws java.io.IOException {
        try {
            var documents = uploads.acceptAll(request, citizen.username(), citizen.accountId());
            supplements.complete(citizen, new DossierCode(code), documents);
            redirect.addFlashAttribute("notice", "dossier.page.supplemented");
        } catch (NotFound notYours) {
            throw notYours;
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/dossiers/" + code;
    }

    @GetMapping("/tracking")
    String tracking(@RequestParam(required = false) String code, @RequestParam(required = false) String key,
                    Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        if (code == null || code.isBlank() || key == null || key.isBlank()) {
            return "dossier/tracking";
        }
        try {
            var state = tracking.track(new DossierCode(code.strip().toUpperCase()), key);
            model.addAttribute("state", state);
            model.addAttribute("procedureName", names.version(state.procedureCode(),
                    dossiers.find(state.code()).orElseThrow().procedureVersion).name());
            model.addAttribute("view", new Views(deadlines, clock));
        } catch (Refusal notFoundOrMalformed) {
            model.addAttribute("notFound", true);
        }
        return "dossier/tracking";
    }
}
