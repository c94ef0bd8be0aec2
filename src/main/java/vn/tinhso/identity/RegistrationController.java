package vn.tinhso.identity;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.Refusal;

/** Citizens open their own account with their identity number; officers' accounts are opened by admins. */
@Controller
class RegistrationController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    RegistrationController(Accounts accounts, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("registration", Registration.empty());
        return "identity/register";
    }

    @PostMapping("/register")
    @Transactional
    String register(@Valid @ModelAttribute("registration") Registration form, BindingResult errors,
                    RedirectAttributes redirect) {
        IdentityNumber number = checkIdentityNumber(form, errors);
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "identity.registration.password-mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/register";
        }
        var created = accounts.create(new NewAccount(number.value(), form.fullName().strip(), AccountKind.CITIZEN,
                passwords.encode(form.password()), number.value(), blankToNull(form.email()),
                blankToNull(form.phone()), List.of(new RoleGrant(Role.CITIZEN, ""))));
        if (created.isEmpty()) {
            errors.rejectValue("identityNumber", "identity.registration.taken");
            return "identity/register";
        }
        audit.record(number.value(), "identity.registered", number.value(), "citizen");
        redirect.addFlashAttribute("registered", true);
        return "redirect:/sign-in";
    }

    private static IdentityNumber checkIdentityNumber(Registration form, BindingResult errors) {
        if (errors.hasFieldErrors("identityNumber")) {
            return null;
        }
        try {
            IdentityNumber number = IdentityNumber.parse(form.identityNumber());
            if (form.birthDate() != null) {
                number.requireBornOn(form.birthDate());
            }
            return number;
        } catch (Refusal invalid) {
            errors.rejectValue("identityNumber", invalid.code(), invalid.arguments(), null);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
