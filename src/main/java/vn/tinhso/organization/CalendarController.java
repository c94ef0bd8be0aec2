package vn.tinhso.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The public calendar page ({@code /calendar?year=2026}): days off, month grids and a deadline calculator; a system
 * administrator also adds and removes the government's yearly adjustments there.
 */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    static final String ADMIN = "SYSTEM_ADMIN";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WorkingCalendar calendar;
    private final CalendarAdjustments adjustments;
    private final WorkingHours hours;
    private final MessageSource messages;

    CalendarController(WorkingCalendar calendar, CalendarAdjustments adjustments, WorkingHours hours,
                       MessageSource messages) {
        this.calendar = calendar;
        this.adjustments = adjustments;
        this.hours = hours;
        this.messages = messages;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model, HttpServletRequest request, Locale locale) {
        int shown = year == null ? today().getYear() : year;
        if (shown < LunarCalendar.FIRST_YEAR || shown > LunarCalendar.LAST_YEAR) {
            throw new NotFound(messages.getMessage("calendar.what", null, locale), shown);
        }
        model.addAttribute("adjustmentForm", AdjustmentForm.empty());
        return page(shown, model, request, locale);
    }

    /** The deadline calculator: a fragment for htmx, the whole page for a plain form. */
    @GetMapping("/deadline")
    String deadline(@Valid @ModelAttribute("deadlineQuery") DeadlineQuery query, BindingResult errors, Model model,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    HttpServletRequest request, Locale locale) {
        if (!errors.hasErrors() && query.start().getYear() >= LunarCalendar.LAST_YEAR) {
            errors.rejectValue("start", "calendar.deadline.invalid");
        }
        model.addAttribute("deadlineInvalid", errors.hasErrors());
        model.addAttribute("deadlineInput", query != null ? query : new DeadlineQuery(null, null));
        if (!errors.hasErrors()) {
            LocalDateTime received = calendar.nextWorkingMoment(query.start());
            model.addAttribute("received", received);
            model.addAttribute("due", calendar.addWorkingDays(received, query.days()));
        }
        if (htmx != null) {
            return "calendar/year :: deadline";
        }
        model.addAttribute("adjustmentForm", AdjustmentForm.empty());
        int year = errors.hasErrors() ? today().getYear() : Math.max(LunarCalendar.FIRST_YEAR, query.start().getYear());
        return page(year, model, request, locale);
    }

    @PostMapping("/adjustments")
    @PreAuthorize("hasRole('" + ADMIN + "')")
    public String add(@Valid @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult errors, Model model,
                      HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                adjustments.add(form); // the one state change of this form
                return "redirect:/calendar?year=" + form.day().getYear() + "#adjustments";
            } catch (Refusal refusal) {
                errors.rejectValue("day", refusal.code(), new Object[] {DAY.format(form.day())}, refusal.code());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", problems(errors, locale));
        AdjustmentForm entered = form != null ? form : new AdjustmentForm(null, null, request.getParameter("reasonVi"),
                request.getParameter("reasonEn"), request.getParameter("source"));
        model.addAttribute("adjustmentForm", entered);
        return page(entered.day() == null ? today().getYear() : entered.day().getYear(), model, request, locale);
    }

    @PostMapping("/adjustments/{day}/remove")
    @PreAuthorize("hasRole('" + ADMIN + "')")
    public String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        adjustments.remove(day);
        return "redirect:/calendar?year=" + day.getYear() + "#adjustments";
    }

    private String page(int year, Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("sheet", YearSheet.of(year, calendar, adjustments.in(year), locale));
        model.addAttribute("weekdays", YearSheet.weekdays());
        model.addAttribute("hours", hours);
        model.addAttribute("admin", request.isUserInRole(ADMIN));
        model.addAttribute("kinds", Adjustment.Kind.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        if (!model.containsAttribute("deadlineInput")) {
            model.addAttribute("deadlineInput", new DeadlineQuery(today().atTime(hours.morningStart()), 3));
        }
        return "calendar/year";
    }

    /** The first problem of each field, in the user's language: our own code if we set one, else the field's. */
    private Map<String, String> problems(BindingResult errors, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            String code = error.getCode() != null && error.getCode().startsWith("calendar.")
                    ? error.getCode() : "calendar.adjustment.invalid." + error.getField();
            problems.putIfAbsent(error.getField(), messages.getMessage(code, error.getArguments(), locale));
        }
        return problems;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }
}
