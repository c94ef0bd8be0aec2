package vn.tinhso.servicequality.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.servicequality.DossierRef;
import vn.tinhso.servicequality.Measure;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Reach;
import vn.tinhso.servicequality.Report;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.Unit;

/**
 * Biểu 06/VPCP/KSTT on screen and as Excel, for a unit within the officer's reach and any period; every number
 * links to the dossiers behind it.
 */
@Controller
@PreAuthorize(StatisticsApi.OFFICERS)
class ReportPages {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final int LISTED = 500;

    private final Statistics statistics;
    private final Reach reach;
    private final MessageSource messages;
    private final Clock clock;

    ReportPages(Statistics statistics, Reach reach, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.reach = reach;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/service-quality/report")
    String report(CurrentUser user, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Model model) {
        Unit checked = reach.check(user, unit == null || unit.isBlank() ? reach.home(user) : unit);
        Period period = Periods.of(from, to, clock);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        Report report = statistics.report(checked.code(), period);
        model.addAttribute("report", report);
        model.addAttribute("rates", Rates.of(report.total(), LocaleContextHolder.getLocale()));
        model.addAttribute("children", statistics.byAgency(checked.code(), period));
        model.addAttribute("columns", ReportColumn.values());
        model.addAttribute("units", choices(user));
        model.addAttribute("previous", period.previous());
        model.addAttribute("month", Period.month(today.getYear(), today.getMonthValue()));
        model.addAttribute("quarter", Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3));
        model.addAttribute("year", Period.year(today.getYear()));
        return "servicequality/report";
    }

    @GetMapping("/service-quality/report.xlsx")
    ResponseEntity<byte[]> workbook(CurrentUser user, @RequestParam(required = false) String unit,
                                    @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws IOException {
        Unit checked = reach.check(user, unit == null || unit.isBlank() ? reach.home(user) : unit);
        Report report = statistics.report(checked.code(), Periods.of(from, to, clock));
        byte[] file = new ReportWorkbook(messages, LocaleContextHolder.getLocale()).write(report);
        String name = "bieu-06-" + checked.code() + "-" + report.period().from() + "-" + report.period().to() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }

    @GetMapping("/service-quality/report/dossiers")
    String dossiers(CurrentUser user, @RequestParam String unit, @RequestParam(required = false) String field,
                    @RequestParam Measure measure,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Model model) {
        Unit checked = reach.check(user, unit);
        Period period = Periods.of(from, to, clock);
        model.addAttribute("unit", checked);
        model.addAttribute("field", field == null || field.isBlank() ? null : field.strip());
        model.addAttribute("measure", measure);
        model.addAttribute("period", period);
        model.addAttribute("dossiers", statistics.dossiers(checked.code(), field, period, measure, LISTED).stream()
                .map(Listed::new).toList());
        model.addAttribute("listed", LISTED);
        return "servicequality/report-dossiers";
    }

    /** The units the officer may report on, each followed by the units below it, indented. */
    private List<Choice> choices(CurrentUser user) {
        var choices = new ArrayList<Choice>();
        for (String root : reach.roots(user)) {
            add(choices, statistics.unit(root), 0);
        }
        return choices;
    }

    private void add(List<Choice> choices, Unit unit, int depth) {
        choices.add(new Choice(unit.code(), "\u00a0\u00a0".repeat(depth) + unit.name()));
        for (Unit child : statistics.children(unit.code())) {
            add(choices, child, depth + 1);
        }
    }

    /** A dossier of the list, its times in Vietnam's time. */
    record Listed(DossierRef ref, LocalDateTime received, LocalDateTime due, LocalDateTime resolved) {

        Listed(DossierRef ref) {
            this(ref, local(ref.receivedAt()), local(ref.dueAt()), local(ref.resolvedAt()));
        }

        private static LocalDateTime local(Instant at) {
            return at == null ? null : LocalDateTime.ofInstant(at, WorkingCalendar.ZONE);
        }
    }

    /** A unit in the choice list. */
    record Choice(String code, String label) {
    }
}
