package vn.tinhso.organization;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.TinhsoProperties;

/** Public pages of agencies: the current (or former) ones, and one agency with its history. */
@Controller
class AgencyPages {

    private final Agencies agencies;
    private final AgencyDirectory directory;
    private final MessageSource messages;
    private final boolean demo;

    AgencyPages(Agencies agencies, AgencyDirectory directory, MessageSource messages, TinhsoProperties properties) {
        this.agencies = agencies;
        this.directory = directory;
        this.messages = messages;
        this.demo = properties.demo().enabled();
    }

    @GetMapping("/agencies")
    String list(@RequestParam(defaultValue = "false") boolean former, Model model) {
        model.addAttribute("former", former);
        model.addAttribute("agencies", agencies.list(former));
        model.addAttribute("demo", demo);
        return "organization/agencies";
    }

    @GetMapping("/agencies/{code}")
    String show(@PathVariable String code, Model model) {
        var detail = codeOf(code).flatMap(directory::detail).orElseThrow(() -> new NotFound(
                messages.getMessage("organization.agency.what", null, LocaleContextHolder.getLocale()), code));
        model.addAttribute("agency", detail);
        model.addAttribute("children", directory.children(detail.id()));
        model.addAttribute("predecessors", directory.predecessors(detail.id()));
        model.addAttribute("demo", demo);
        return "organization/agency";
    }

    /** A malformed code names no agency: a 404 like an unknown one, not an error. */
    private static Optional<AgencyCode> codeOf(String code) {
        try {
            return Optional.of(new AgencyCode(code));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
