package vn.tinhso.procedure.pages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/** The public page of a procedure, answering a citizen's questions in the order they ask them, and its versions. */
@Controller
class ProcedurePages {

    private final Procedures procedures;
    private final ProcedureSheets sheets;
    private final MessageSource messages;

    ProcedurePages(Procedures procedures, ProcedureSheets sheets, MessageSource messages) {
        this.procedures = procedures;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/procedures/{code}")
    String show(@PathVariable String code, Model model) {
        List<Procedure> history = history(code);
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        Procedure shown = procedures.current(history.get(0).code())
                .orElseGet(() -> history.get(history.size() - 1)); // not in force yet: its first version
        Optional<Procedure> upcoming = history.stream()
                .filter(version -> version.validFrom().isAfter(today) && version.version() > shown.version())
                .min(Comparator.comparing(Procedure::validFrom));
        model.addAttribute("sheet", sheets.of(shown));
        model.addAttribute("upcoming", upcoming.orElse(null));
        model.addAttribute("inForce", !shown.validFrom().isAfter(today));
        return "procedure/pages/procedure";
    }

    @GetMapping("/procedures/{code}/versions")
    String versions(@PathVariable String code, Model model) {
        List<Procedure> history = history(code);
        model.addAttribute("name", history.get(0).name());
        model.addAttribute("code", history.get(0).code().value());
        model.addAttribute("versions", VersionChanges.of(history));
        return "procedure/pages/versions";
    }

    /** Every version, newest first; a 404 for an unknown or malformed code. */
    private List<Procedure> history(String code) {
        List<Procedure> history = codeOf(code).map(procedures::history).orElse(List.of());
        if (history.isEmpty()) {
            throw new NotFound(messages.getMessage("pages.procedure.what", null, LocaleContextHolder.getLocale()), code);
        }
        return history;
    }

    private static Optional<ProcedureCode> codeOf(String code) {
        try {
            return Optional.of(new ProcedureCode(code));
        } catch (Refusal malformed) {
            return Optional.empty();
        }
    }
}
