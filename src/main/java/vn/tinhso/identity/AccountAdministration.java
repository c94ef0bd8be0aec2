package vn.tinhso.identity;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * Account administration. A system administrator manages every account; an agency administrator sees and
 * manages only the officers of their own agencies and cannot hand out administrator roles.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
class AccountAdministration {

    private final Accounts accounts;
    private final Agencies agencies;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    AccountAdministration(Accounts accounts, Agencies agencies, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping
    String list(CurrentUser admin, Model model) {
        return page(admin, OfficerForm.empty(), model);
    }

    @PostMapping
    @Transactional
    String open(CurrentUser admin, @Valid @ModelAttribute("officer") OfficerForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        String agency = checkAgency(admin, form, errors);
        if (errors.hasErrors()) {
            return page(admin, form, model);
        }
        var created = accounts.create(new NewAccount(form.username(), form.displayName().strip(), AccountKind.OFFICER,
                passwords.encode(form.password()), null, null, null, List.of(new RoleGrant(form.role(), agency))));
        if (created.isEmpty()) {
            errors.rejectValue("username", "identity.account.username-taken", new Object[] {form.username()}, null);
            return page(admin, form, model);
        }
        audit.record("identity.account-opened", form.username(), form.role() + " " + agency);
        redirect.addFlashAttribute("opened", form.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/unlock")
    @Transactional
    String unlock(CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
        Account account = visibleAccount(admin, id);
        accounts.unlock(account.id());
        audit.record("identity.account-unlocked", account.username(), "");
        redirect.addFlashAttribute("unlocked", account.username());
        return "redirect:/admin/accounts";
    }

    private String checkAgency(CurrentUser admin, OfficerForm form, BindingResult errors) {
        if (form.role() == null) {
            return "";
        }
        if (!assignable(admin).contains(form.role())) {
            errors.rejectValue("role", "identity.account.role-not-allowed");
            return "";
        }
        if (!form.role().heldInAgency()) {
            return "";
        }
        String code = form.agencyCode() == null ? "" : form.agencyCode().strip().toUpperCase();
        try {
            if (agencies.find(new AgencyCode(code)).isEmpty()) {
                errors.rejectValue("agencyCode", "identity.account.agency-unknown", new Object[] {code}, null);
            } else if (!admin.systemAdmin() && !admin.mayActIn(code, Role.AGENCY_ADMIN)) {
                errors.rejectValue("agencyCode", "identity.account.agency-not-yours", new Object[] {code}, null);
            }
        } catch (Refusal invalid) {
            errors.rejectValue("agencyCode", invalid.code(), invalid.arguments(), null);
        }
        return code;
    }

    private Account visibleAccount(CurrentUser admin, long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
        boolean visible = admin.systemAdmin() || account.grants().stream()
                .anyMatch(grant -> admin.mayActIn(grant.agencyCode(), Role.AGENCY_ADMIN));
        if (!visible) {
            throw new Refusal(HttpStatus.FORBIDDEN, "error.403");
        }
        return account;
    }

    private String page(CurrentUser admin, OfficerForm form, Model model) {
        Set<String> scope = admin.systemAdmin() ? null : admin.agenciesWhere(Role.AGENCY_ADMIN);
        model.addAttribute("accounts", accounts.visibleTo(scope));
        model.addAttribute("officer", form);
        model.addAttribute("roles", assignable(admin));
        model.addAttribute("agencies", agencies.current().stream()
                .filter(agency -> scope == null || scope.contains(agency.code().value())).toList());
        return "identity/accounts";
    }

    /** Agency administrators cannot create administrators. */
    private static List<Role> assignable(CurrentUser admin) {
        return admin.systemAdmin()
                ? List.of(Role.OFFICER, Role.LEADER, Role.AGENCY_ADMIN, Role.DTI_ASSESSOR, Role.DTI_COUNCIL,
                        Role.DATA_PUBLISHER, Role.SYSTEM_ADMIN)
                : List.of(Role.OFFICER, Role.LEADER, Role.DTI_ASSESSOR, Role.DATA_PUBLISHER);
    }
}
