package vn.tinhso.organization;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.platform.NotFound;

/** Public pages of administrative units: the provinces, a search, and one unit with its children and history. */
@Controller
class UnitPages {

    static final int PAGE_SIZE = 50;

    private final AdminUnits units;
    private final UnitDirectory directory;
    private final MessageSource messages;

    UnitPages(AdminUnits units, UnitDirectory directory, MessageSource messages) {
        this.units = units;
        this.directory = directory;
        this.messages = messages;
    }

    /** The current provinces (or, with {@code before}, the 63 until 30/06/2025); with {@code q}, a search. */
    @GetMapping("/units")
    String list(@RequestParam(defaultValue = "false") boolean before, @RequestParam(defaultValue = "") String q,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (!q.isBlank()) {
            model.addAttribute("results", directory.search(q));
        }
        model.addAttribute("q", q.strip());
        model.addAttribute("limit", UnitDirectory.SEARCH_LIMIT);
        if (htmx != null) {
            return "organization/units :: results";
        }
        model.addAttribute("before", before);
        model.addAttribute("provinces",
                directory.provinces(before ? UnitRegister.LAST_DAY_BEFORE : Agencies.today()));
        return "organization/units";
    }

    @GetMapping("/units/{id}")
    String show(@PathVariable("id") String path, @RequestParam(defaultValue = "1") int page, Model model) {
        AdminUnit unit = parse(path).flatMap(units::byId).orElseThrow(() -> notFound(path));
        long id = unit.id();
        long children = directory.countChildren(id);
        int pages = (int) Math.max(1, (children + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentId() == null ? null : units.byId(unit.parentId()).orElse(null));
        model.addAttribute("childCount", children);
        model.addAttribute("children", directory.children(id, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("successors", directory.successors(id));
        model.addAttribute("predecessors", directory.predecessors(id));
        return "organization/unit";
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private NotFound notFound(Object id) {
        return new NotFound(messages.getMessage("organization.unit.what", null, LocaleContextHolder.getLocale()), id);
    }
}
