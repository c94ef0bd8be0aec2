package vn.tinhso.servicequality.dashboard;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.servicequality.Measure;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Unit;
import vn.tinhso.servicequality.index.PeriodChoice;
import vn.tinhso.servicequality.index.Picker;

/**
 * The province's operations view of service quality ({@code /service-quality}): headline figures with the change since
 * the period before, the trend, the units below ranked by the Decision 766 score or a rate, received dossiers per
 * unit and per commune; every figure leads to the dossiers behind it ({@code /service-quality/dossiers}).
 */
@Controller
@PreAuthorize(DashboardPages.OFFICERS)
class DashboardPages {

    /** Everyone who works in an agency, and system administrators; not citizens. */
    static final String OFFICERS = "hasAnyRole('OFFICER', 'LEADER', 'AGENCY_ADMIN', 'DTI_ASSESSOR', 'DTI_COUNCIL', "
            + "'DATA_PUBLISHER', 'SYSTEM_ADMIN')";

    /** The figures the drill-down page offers to switch between. */
    static final java.util.List<Measure> DRILLS = java.util.List.of(Measure.RECEIVED, Measure.RECEIVED_ONLINE,
            Measure.RECEIVED_DIRECT_OR_POSTAL, Measure.RESOLVED_LATE, Measure.IN_PROGRESS, Measure.OVERDUE,
            Measure.ELECTRONIC_RESULT, Measure.DISSATISFIED);

    private final Dashboard dashboard;
    private final Picker picker;
    private final MessageSource messages;

    DashboardPages(Dashboard dashboard, Picker picker, MessageSource messages) {
        this.dashboard = dashboard;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/service-quality")
    String dashboard(CurrentUser user, @RequestParam(required = false) String unit,
                     @RequestParam(defaultValue = "SCORE") RankBy rankBy,
                     @ModelAttribute("choice") PeriodChoice choice, Model model, Locale locale) {
        Unit picked = picker.unit(user, unit);
        Period period = picker.period(choice);
        picker.show(user, picked, choice, model);
        String query = choice.query(picker.today());
        var cards = new Cards(messages, locale, "/service-quality/dossiers?unit=" + picked.code() + "&" + query
                + "&measure=");
        var units = dashboard.units(picked.code(), period, rankBy);
        Period previous = picker.previous(choice);
        boolean comparable = dashboard.covered(previous);
        model.addAttribute("cards", cards.of(dashboard.headline(picked.code(), period),
                comparable ? dashboard.headline(picked.code(), previous) : null,
                "/service-quality/index/units/" + picked.code() + "?" + query));
        model.addAttribute("previous", previous);
        model.addAttribute("comparable", comparable);
        model.addAttribute("rows", units);
        model.addAttribute("format", cards);
        model.addAttribute("communes", units.stream().anyMatch(UnitRow::commune));
        model.addAttribute("rankBy", rankBy);
        model.addAttribute("rankings", RankBy.values());
        return "servicequality/dashboard";
    }

    @GetMapping("/service-quality/dossiers")
    String dossiers(CurrentUser user, @RequestParam(required = false) String unit, @RequestParam Measure measure,
                    @ModelAttribute("choice") PeriodChoice choice, Model model) {
        Unit picked = picker.unit(user, unit);
        Period period = picker.period(choice);
        picker.show(user, picked, choice, model);
        var dossiers = dashboard.lines(picked.code(), period, measure);
        model.addAttribute("measure", measure);
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("limit", Dashboard.DOSSIERS);
        model.addAttribute("measures", DRILLS);
        return "servicequality/dashboard-dossiers";
    }
}
