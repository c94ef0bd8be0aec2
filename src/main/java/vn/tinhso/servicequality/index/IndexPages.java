package vn.tinhso.servicequality.index;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Unit;

/**
 * The Decision 766 index pages: the ranking of the units below one ({@code /service-quality/index}), a unit's
 * breakdown ({@code /service-quality/index/units/{unit}}) with their spreadsheets, and the framework with its
 * versions and, for system administrators and the Office, the form that records a new one.
 */
@Controller
@PreAuthorize(IndexPages.OFFICERS)
class IndexPages {

    /** Everyone who works in an agency, and system administrators; not citizens. */
    static final String OFFICERS = "hasAnyRole('OFFICER', 'LEADER', 'AGENCY_ADMIN', 'DTI_ASSESSOR', 'DTI_COUNCIL', "
            + "'DATA_PUBLISHER', 'SYSTEM_ADMIN')";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QualityIndex index;
    private final Frameworks frameworks;
    private final Picker picker;
    private final IndexEditors editors;
    private final MessageSource messages;

    IndexPages(QualityIndex index, Frameworks frameworks, Picker picker, IndexEditors editors,
               MessageSource messages) {
        this.index = index;
        this.frameworks = frameworks;
        this.picker = picker;
        this.editors = editors;
        this.messages = messages;
    }

    @GetMapping("/service-quality/index")
    String ranking(CurrentUser user, @RequestParam(required = false) String unit,
                   @ModelAttribute("choice") PeriodChoice choice, Model model) {
        Unit picked = picker.unit(user, unit);
        Period period = picker.period(choice);
        picker.show(user, picked, choice, model);
        model.addAttribute("framework", index.framework(period));
        model.addAttribute("scores", index.ranking(picked.code(), period));
        model.addAttribute("own", index.of(picked.code(), period));
        return "servicequality/index";
    }

    @GetMapping("/service-quality/index/units/{unit}")
    String breakdown(CurrentUser user, @PathVariable String unit, @ModelAttribute("choice") PeriodChoice choice,
                     Model model) {
        Unit picked = picker.unit(user, unit);
        Period period = picker.period(choice);
        picker.show(user, picked, choice, model);
        UnitScore score = index.of(picked.code(), period);
        model.addAttribute("score", score);
        model.addAttribute("rankable", UnitScore.rankable(score.figures()));
        return "servicequality/index-unit";
    }

    @GetMapping("/service-quality/index.xlsx")
    ResponseEntity<byte[]> rankingXlsx(CurrentUser user, @RequestParam(required = false) String unit,
                                       @ModelAttribute PeriodChoice choice, Locale locale) {
        Unit picked = picker.unit(user, unit);
        Period period = picker.period(choice);
        var rows = new java.util.ArrayList<UnitScore>();
        rows.add(index.of(picked.code(), period));
        rows.addAll(index.ranking(picked.code(), period));
        return xlsx(IndexWorkbook.of(rows, period, messages, locale),
                "chi-so-766-" + picked.code() + "-" + period.from() + "-" + period.to() + ".xlsx");
    }

    @GetMapping("/service-quality/index/units/{unit}.xlsx")
    ResponseEntity<byte[]> breakdownXlsx(CurrentUser user, @PathVariable String unit,
                                         @ModelAttribute PeriodChoice choice, Locale locale) {
        Unit picked = picker.unit(user, unit);
        Period period = picker.period(choice);
        return xlsx(IndexWorkbook.of(java.util.List.of(index.of(picked.code(), period)), period, messages, locale),
                "chi-so-766-" + picked.code() + "-" + period.from() + "-" + period.to() + ".xlsx");
    }

    @GetMapping("/service-quality/index/framework")
    String framework(CurrentUser user, @RequestParam(required = false) Long version, Model model) {
        Framework shown = version == null ? frameworks.inForce(today()) : frameworks.version(version);
        return frameworkPage(user, shown, FrameworkForm.of(frameworks.inForce(today()), today().plusDays(1)),
                model);
    }

    @PostMapping("/service-quality/index/framework")
    String add(CurrentUser user, @RequestParam Map<String, String> parameters, Model model,
               HttpServletResponse response) {
        editors.check(user);
        FrameworkForm form = FrameworkForm.of(parameters);
        try {
            Framework base = frameworks.inForce(today());
            Framework added = frameworks.add(form.edit(base), user.username());
            return "redirect:/service-quality/index/framework?version=" + added.id() + "&added";
        } catch (InvalidFramework invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", invalid.problems());
            return frameworkPage(user, frameworks.inForce(today()), form, model);
        }
    }

    private String frameworkPage(CurrentUser user, Framework shown, FrameworkForm form, Model model) {
        model.addAttribute("shown", shown);
        model.addAttribute("versions", frameworks.versions());
        model.addAttribute("inForce", frameworks.inForce(today()));
        model.addAttribute("editor", editors.may(user));
        model.addAttribute("form", form);
        return "servicequality/index-framework";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    private LocalDate today() {
        return picker.today();
    }
}
