package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.Agencies;
import vn.tinhso.platform.Refusal;

/**
 * The DTI work of the person signed in: the units they assess with the deadlines and days left; for the council and
 * the organisers every period, opening a new one and the council's overview of a period (units, submissions,
 * scores, reminders, publication).
 */
@Controller
class WorkPages {

    private final Periods periods;
    private final Answers answers;
    private final StoredFrameworks frameworks;
    private final Reminders reminders;
    private final DtiAccess access;
    private final Agencies agencies;
    private final Clock clock;

    WorkPages(Periods periods, Answers answers, StoredFrameworks frameworks, Reminders reminders, DtiAccess access,
              Agencies agencies, Clock clock) {
        this.periods = periods;
        this.answers = answers;
        this.frameworks = frameworks;
        this.reminders = reminders;
        this.access = access;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/dti/work")
    @PreAuthorize("isAuthenticated()")
    String work(CurrentUser user, Model model) {
        List<AssessedUnit> mine = periods.unitsAssessedBy(user);
        model.addAttribute("mine", mine);
        model.addAttribute("periodsById", periods.all().stream()
                .collect(java.util.stream.Collectors.toMap(Period::id, period -> period)));
        model.addAttribute("organiser", access.organises(user));
        model.addAttribute("council", access.council(user));
        model.addAttribute("keeper", access.keepsReferenceData(user));
        model.addAttribute("periods", access.organises(user) ? periods.all() : List.of());
        model.addAttribute("today", Deadlines.today(clock));
        return "dti/work";
    }

    @GetMapping("/dti/periods/new")
    @PreAuthorize("hasAnyRole('DTI_COUNCIL', 'SYSTEM_ADMIN')")
    String newPeriod(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("agencies", agencies.current());
        model.addAttribute("form", new NewPeriod(Deadlines.today(clock).getYear(), 0, "", null, null, List.of(),
                List.of()));
        return "dti/period-new";
    }

    @PostMapping("/dti/periods")
    @PreAuthorize("hasAnyRole('DTI_COUNCIL', 'SYSTEM_ADMIN')")
    String open(CurrentUser user, PeriodForm form, Model model, RedirectAttributes redirect) {
        try {
            Period period = periods.open(user, form.toNewPeriod());
            redirect.addFlashAttribute("notice", "dti.notice.opened");
            return "redirect:/dti/periods/" + period.id() + "/council";
        } catch (Refusal refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            model.addAttribute("problem", refused.code());
            model.addAttribute("problemArguments", refused.arguments());
            model.addAttribute("frameworks", frameworks.all());
            model.addAttribute("agencies", agencies.current());
            model.addAttribute("form", form.toNewPeriod());
            return "dti/period-new";
        }
    }

    @GetMapping("/dti/periods/{id}/council")
    @PreAuthorize("hasAnyRole('DTI_COUNCIL', 'SYSTEM_ADMIN')")
    String council(CurrentUser user, @PathVariable long id, Model model) {
        Period period = periods.get(id);
        Map<String, Map<String, BigDecimal>> points = answers.finalPoints(id);
        model.addAttribute("period", period);
        model.addAttribute("framework", frameworks.get(period.frameworkId()));
        model.addAttribute("units", periods.units(id).stream().map(unit -> new UnitLine(unit,
                answers.of(id, unit.agencyCode()).values().stream().map(IndicatorAnswer::selfPoints)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                points.getOrDefault(unit.agencyCode(), Map.of()).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                (int) answers.of(id, unit.agencyCode()).values().stream().filter(IndicatorAnswer::appraised).count()))
                .toList());
        model.addAttribute("indicators", frameworks.get(period.frameworkId()).framework().indicators().size());
        model.addAttribute("council", access.council(user));
        return "dti/council";
    }

    @PostMapping("/dti/periods/{id}/publish")
    @PreAuthorize("hasRole('DTI_COUNCIL')")
    String publish(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            periods.publish(user, id);
            redirect.addFlashAttribute("notice", "dti.notice.published");
            return "redirect:/dti/periods/" + id + "/ranking";
        } catch (Refusal refused) {
            if (refused.status().value() == 403 || refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
            return "redirect:/dti/periods/" + id + "/council";
        }
    }

    @PostMapping("/dti/periods/{id}/reminders")
    @PreAuthorize("hasAnyRole('DTI_COUNCIL', 'SYSTEM_ADMIN')")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        periods.get(id);
        int sent = reminders.send(Deadlines.today(clock));
        redirect.addFlashAttribute("notice", "dti.notice.reminded");
        redirect.addFlashAttribute("noticeArguments", new Object[] {String.valueOf(sent)});
        return "redirect:/dti/periods/" + id + "/council";
    }

    /** A unit's line in the council's overview: its total self-assessed and final points, indicators appraised. */
    record UnitLine(AssessedUnit unit, BigDecimal self, BigDecimal result, int appraised) {
    }

    /**
     * The form that opens a period: units and unranked units as lists of checked agency codes.
     */
    record PeriodForm(Integer year, Long frameworkId, String title,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfAssessmentDue,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appraisalDue, List<String> units,
                      List<String> unranked) {

        NewPeriod toNewPeriod() {
            return new NewPeriod(year == null ? 0 : year, frameworkId == null ? 0 : frameworkId, title,
                    selfAssessmentDue, appraisalDue, units, unranked);
        }
    }
}
