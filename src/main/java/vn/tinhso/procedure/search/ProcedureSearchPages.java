package vn.tinhso.procedure.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;

/** The public search page of the catalogue, with suggestions while typing; each result links to its page. */
@Controller
class ProcedureSearchPages {

    private final ProcedureSearch search;
    private final Procedures procedures;

    ProcedureSearchPages(ProcedureSearch search, Procedures procedures) {
        this.search = search;
        this.procedures = procedures;
    }

    /** The whole page, or with htmx (filters changed) only the results. */
    @GetMapping("/procedures")
    String search(@ModelAttribute("form") SearchForm form,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SearchQuery query = form.toQuery();
        model.addAttribute("query", query);
        model.addAttribute("results", search.search(query));
        if (htmx != null) {
            return "procedure/search/search :: results";
        }
        model.addAttribute("fields", procedures.fields());
        model.addAttribute("levels", new ProcedureLevel[] {ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE});
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "procedure/search/search";
    }

    @GetMapping("/procedures/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("suggestions", search.suggest(q));
        return "procedure/search/suggestions :: suggestions";
    }
}
