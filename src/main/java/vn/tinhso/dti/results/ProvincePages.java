package vn.tinhso.dti.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.dti.cycle.DtiAccess;
import vn.tinhso.dti.cycle.StoredFramework;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.PathToTarget;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;

/**
 * The province among all provinces (public): its rank and values in a year's national table, the gaps per main index,
 * its rank over the years and the path to the top ranks (12 and 10 unless another target is asked for); and, for the
 * keepers of the reference data, the import of a national table and the effort table.
 */
@Controller
class ProvincePages {

    static final List<Integer> TARGETS = List.of(12, 10);

    private final ProvinceStandings standings;
    private final NationalTables tables;
    private final Efforts efforts;
    private final StoredFrameworks frameworks;
    private final DtiAccess access;
    private final MessageSource messages;

    ProvincePages(ProvinceStandings standings, NationalTables tables, Efforts efforts, StoredFrameworks frameworks,
                  DtiAccess access, MessageSource messages) {
        this.standings = standings;
        this.tables = tables;
        this.efforts = efforts;
        this.frameworks = frameworks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/dti/province")
    String province(CurrentUser user, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) Integer target, Model model) {
        List<Integer> years = tables.years();
        model.addAttribute("years", years);
        model.addAttribute("keeper", access.keepsReferenceData(user));
        model.addAttribute("customTarget", target);
        if (years.isEmpty()) {
            model.addAttribute("position", null);
            return "dti/province";
        }
        int shown = year != null && years.contains(year) ? year : years.get(years.size() - 1);
        var position = standings.position(shown, LocaleContextHolder.getLocale()).orElse(null);
        model.addAttribute("position", position);
        if (position == null) {
            return "dti/province";
        }
        var paths = new ArrayList<PathToTarget>();
        var targets = target == null ? TARGETS : List.of(target);
        try {
            for (int rank : targets) {
                paths.add(standings.path(shown, rank));
            }
        } catch (Refusal refused) {
            model.addAttribute("pathProblem", messages.getMessage(refused.code(), refused.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        model.addAttribute("paths", paths);
        model.addAttribute("history", standings.history());
        model.addAttribute("gapChart", gapChart(position));
        model.addAttribute("historyChart", historyChart(standings.history()));
        return "dti/province";
    }

    @GetMapping("/dti/national/import")
    @PreAuthorize("isAuthenticated()")
    String importForm(Model model) {
        model.addAttribute("years", tables.years());
        return "dti/national-import";
    }

    @PostMapping("/dti/national/import")
    @PreAuthorize("isAuthenticated()")
    String importTable(CurrentUser user, @RequestParam(required = false) Integer year,
                       @RequestParam(defaultValue = "922-province") String frameworkCode,
                       @RequestParam(required = false) String source,
                       @RequestParam(defaultValue = "false") boolean illustrative,
                       @RequestParam(required = false) MultipartFile file, Model model,
                       RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            NationalTable table = tables.importTable(user, new NationalTables.NewTable(year == null ? 0 : year,
                    frameworkCode, source, illustrative), content);
            redirect.addFlashAttribute("notice", "dti.notice.national-imported");
            return "redirect:/dti/province?year=" + table.year();
        } catch (NationalTables.RefusedTable refused) {
            model.addAttribute("problems", refused.problems());
        } catch (Refusal refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            model.addAttribute("problem", refused.code());
            model.addAttribute("problemArguments", refused.arguments());
        }
        model.addAttribute("years", tables.years());
        return "dti/national-import";
    }

    @GetMapping("/dti/efforts")
    @PreAuthorize("isAuthenticated()")
    String efforts(@RequestParam(defaultValue = "922-province") String framework, Model model) {
        StoredFramework stored = frameworks.latest(framework).orElseGet(() -> frameworks.all().get(0));
        model.addAttribute("stored", stored);
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("efforts", efforts.of(stored.code()));
        return "dti/efforts";
    }

    @PostMapping("/dti/efforts")
    @PreAuthorize("isAuthenticated()")
    String setEffort(CurrentUser user, @RequestParam String framework, @RequestParam String code,
                     @RequestParam String effort, RedirectAttributes redirect) {
        StoredFramework stored = frameworks.latest(framework)
                .orElseThrow(() -> Refusal.of("dti.national.unknown-framework", framework));
        try {
            efforts.set(user, stored.framework(), code, effort);
            redirect.addFlashAttribute("notice", "dti.notice.saved");
        } catch (Refusal refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/dti/efforts?framework=" + stored.code() + "#effort-" + code;
    }

    private static Map<String, Object> gapChart(ProvinceStandings.Position position) {
        var chart = new LinkedHashMap<String, Object>();
        chart.put("name", position.name());
        chart.put("codes", position.indices().stream().map(ProvinceStandings.IndexGap::code).toList());
        chart.put("mine", position.indices().stream().map(ProvinceStandings.IndexGap::value).toList());
        chart.put("average", position.indices().stream().map(ProvinceStandings.IndexGap::average).toList());
        chart.put("leader", position.indices().stream().map(ProvinceStandings.IndexGap::leader).toList());
        return chart;
    }

    private static Map<String, Object> historyChart(List<ProvinceStandings.HistoryPoint> history) {
        var chart = new LinkedHashMap<String, Object>();
        chart.put("years", history.stream().map(ProvinceStandings.HistoryPoint::year).toList());
        chart.put("ranks", history.stream().map(ProvinceStandings.HistoryPoint::rank).toList());
        return chart;
    }
}
