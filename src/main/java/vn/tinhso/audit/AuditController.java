package vn.tinhso.audit;

import java.util.List;

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

/** The administrators' view of the audit log: search it, and check the chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditController {

    private final AuditTrail trail;
    private final AuditLog log;

    AuditController(AuditTrail trail, AuditLog log) {
        this.trail = trail;
        this.log = log;
    }

    @GetMapping
    String search(@Valid @ModelAttribute("query") AuditQuery query, BindingResult errors,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        List<AuditEntry> found = errors.hasErrors() ? List.of() : trail.search(query, page);
        model.addAttribute("entries", found.stream().limit(AuditTrail.PAGE_SIZE).toList());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasNext", found.size() > AuditTrail.PAGE_SIZE);
        return "audit/log";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        var verification = trail.verify();
        log.record("audit.verify", "audit_entry",
                verification.intact() ? "intact, " + verification.checked() + " entries"
                        : "broken at " + verification.firstBrokenSeq());
        model.addAttribute("verification", verification);
        model.addAttribute("query", new AuditQuery(null, null, null, null, null));
        model.addAttribute("entries", trail.search(new AuditQuery(null, null, null, null, null), 0)
                .stream().limit(AuditTrail.PAGE_SIZE).toList());
        model.addAttribute("page", 0);
        model.addAttribute("hasNext", false);
        return "audit/log";
    }
}
