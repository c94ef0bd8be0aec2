package vn.tinhso.servicequality.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.servicequality.Recomputation;

/** The system administrator's page to recompute every figure from the dossiers and follow its progress. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class RecomputationPages {

    private final Recomputation recomputation;

    RecomputationPages(Recomputation recomputation) {
        this.recomputation = recomputation;
    }

    @GetMapping("/service-quality/recomputation")
    String page(Model model) {
        model.addAttribute("latest", recomputation.latest().orElse(null));
        return "servicequality/stat-recomputation";
    }

    /** The progress alone, polled by the page while a recomputation runs. */
    @GetMapping("/service-quality/recomputation/status")
    String status(Model model) {
        model.addAttribute("latest", recomputation.latest().orElse(null));
        return "servicequality/stat-recomputation :: status";
    }

    @PostMapping("/service-quality/recomputation")
    String start(CurrentUser user, RedirectAttributes redirect) {
        recomputation.start(user.username());
        redirect.addFlashAttribute("started", true);
        return "redirect:/service-quality/recomputation";
    }
}
