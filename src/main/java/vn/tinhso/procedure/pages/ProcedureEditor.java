package vn.tinhso.procedure.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.InvalidProcedure;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.Violation;
import vn.tinhso.procedure.Workflow;

/**
 * The administrators' editor. Saving never overwrites: it records a new version with the date it takes effect.
 * A system administrator edits any procedure; an agency administrator only those their agencies implement.
 */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
class ProcedureEditor {

    private static final String FORM = "procedure";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Procedures procedures;
    private final ProcedureFormReader reader;
    private final Agencies agencies;
    private final SmartValidator validator;
    private final MessageSource messages;

    ProcedureEditor(Procedures procedures, ProcedureFormReader reader, Agencies agencies, SmartValidator validator,
                    MessageSource messages) {
        this.procedures = procedures;
        this.reader = reader;
        this.agencies = agencies;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/new")
    String create(Model model) {
        var form = ProcedureForm.empty(today(), reader.text(Workflow.standard()));
        return page(null, form, new BeanPropertyBindingResult(form, FORM), model);
    }

    @GetMapping("/{code}/edit")
    String edit(CurrentUser user, @PathVariable String code, Model model) {
        Procedure latest = editable(user, code);
        var form = ProcedureForm.of(latest, today(), reader.text(latest.details().workflow()));
        return page(latest, form, new BeanPropertyBindingResult(form, FORM), model);
    }

    @PostMapping("/new")
    String saveNew(CurrentUser user, @ModelAttribute(FORM) ProcedureForm form, BindingResult binding,
                   @RequestParam(required = false) String row, Model model, RedirectAttributes redirect) {
        return save(user, null, form, binding, row, model, redirect);
    }

    @PostMapping("/{code}/edit")
    String saveVersion(CurrentUser user, @PathVariable String code, @ModelAttribute(FORM) ProcedureForm form,
                       BindingResult binding, @RequestParam(required = false) String row, Model model,
                       RedirectAttributes redirect) {
        Procedure latest = editable(user, code);
        return save(user, latest, form.withCode(code), binding, row, model, redirect);
    }

    private String save(CurrentUser user, Procedure latest, ProcedureForm submitted, BindingResult binding, String row,
                        Model model, RedirectAttributes redirect) {
        if (row != null) {
            var form = submitted.withRows(row);
            return page(latest, form, new BeanPropertyBindingResult(form, FORM), model);
        }
        if (binding.hasErrors()) {
            return page(latest, submitted, binding, model);
        }
        var form = submitted.withoutBlankRows();
        var errors = new BeanPropertyBindingResult(form, FORM);
        validator.validate(form, errors);
        ProcedureCode code = latest != null ? latest.code() : newCode(form.code(), errors);
        checkAgencies(user, form, errors);
        Publication publication = reader.read(code, form, errors);
        if (errors.hasErrors()) {
            // what could not be read is explained once; the catalogue's check finds every other problem
            Set<String> unreadable = errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
            reject(procedures.check(publication), errors, unreadable);
            return page(latest, form, errors, model);
        }
        try {
            Procedure saved = procedures.publish(publication, user.username());
            redirect.addFlashAttribute("saved", saved.version());
            redirect.addFlashAttribute("savedFrom", saved.validFrom().format(DAY));
            return "redirect:/procedures/" + saved.code().value();
        } catch (InvalidProcedure invalid) {
            reject(invalid.problems().stream().map(InvalidProcedure.Problem::violation).toList(), errors, Set.of());
            return page(latest, form, errors, model);
        }
    }

    private void reject(List<Violation> violations, BindingResult errors, Set<String> unreadable) {
        ViolationFields.reject(violations, errors, unreadable, messages, LocaleContextHolder.getLocale());
    }

    /** The code of a new procedure: well formed and not used yet. */
    private ProcedureCode newCode(String text, BindingResult errors) {
        String value = text == null ? "" : text.strip();
        try {
            var code = new ProcedureCode(value);
            if (!procedures.history(code).isEmpty()) {
                errors.rejectValue("code", "pages.editor.code-taken", new Object[] {value}, null);
            }
            return code;
        } catch (Refusal malformed) {
            errors.rejectValue("code", malformed.code(), malformed.arguments(), null);
            return null;
        }
    }

    /** An agency administrator keeps the procedure among their own agencies' procedures. */
    private static void checkAgencies(CurrentUser user, ProcedureForm form, BindingResult errors) {
        if (!mayEdit(user, ProcedureFormReader.agencyCodes(form.agencyCodes()))) {
            errors.rejectValue("agencyCodes", "pages.editor.agency-not-yours", null, null);
        }
    }

    private Procedure editable(CurrentUser user, String code) {
        Procedure latest = codeOf(code).map(procedures::history).flatMap(history -> history.stream().findFirst())
                .orElseThrow(() -> new NotFound(messages.getMessage("pages.procedure.what", null,
                        LocaleContextHolder.getLocale()), code));
        if (!mayEdit(user, latest.details().agencyCodes())) {
            throw new Refusal(HttpStatus.FORBIDDEN, "error.403");
        }
        return latest;
    }

    private static boolean mayEdit(CurrentUser user, Collection<String> agencyCodes) {
        return user.systemAdmin() || agencyCodes.stream().anyMatch(code -> user.mayActIn(code, Role.AGENCY_ADMIN));
    }

    private String page(Procedure latest, ProcedureForm form, BindingResult errors, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("latest", latest);
        model.addAttribute("fields", procedures.fields());
        model.addAttribute("agencies", agencies.current());
        model.addAttribute("choices", EditorChoices.INSTANCE);
        return "procedure/pages/editor";
    }

    private static Optional<ProcedureCode> codeOf(String code) {
        try {
            return Optional.of(new ProcedureCode(code));
        } catch (Refusal malformed) {
            return Optional.empty();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }
}
