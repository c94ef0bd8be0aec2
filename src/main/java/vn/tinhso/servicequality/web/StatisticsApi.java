package vn.tinhso.servicequality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.servicequality.DossierRef;
import vn.tinhso.servicequality.FieldFigures;
import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Granularity;
import vn.tinhso.servicequality.Measure;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Reach;
import vn.tinhso.servicequality.Recomputation;
import vn.tinhso.servicequality.RecomputationStatus;
import vn.tinhso.servicequality.Report;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.TrendPoint;
import vn.tinhso.servicequality.Unit;
import vn.tinhso.servicequality.UnitFigures;

/**
 * Every service-quality figure over HTTP, for officers within their units (404 outside them, as if the unit did
 * not exist). Periods are {@code from}–{@code to} (ISO dates, both included; this month when both are left out).
 */
@RestController
@RequestMapping("/api/service-quality")
@Tag(name = "Chất lượng phục vụ / Service quality")
@PreAuthorize(StatisticsApi.OFFICERS)
class StatisticsApi {

    /** Everyone who works in an agency, and system administrators; not citizens. */
    static final String OFFICERS = "hasAnyRole('OFFICER', 'LEADER', 'AGENCY_ADMIN', 'DTI_ASSESSOR', 'DTI_COUNCIL', "
            + "'DATA_PUBLISHER', 'SYSTEM_ADMIN')";

    private final Statistics statistics;
    private final Reach reach;
    private final Recomputation recomputation;
    private final Clock clock;

    StatisticsApi(Statistics statistics, Reach reach, Recomputation recomputation, Clock clock) {
        this.statistics = statistics;
        this.reach = reach;
        this.recomputation = recomputation;
        this.clock = clock;
    }

    @Operation(summary = "The units the signed-in officer may see (each stands for the units below it)")
    @GetMapping("/units")
    List<Unit> units(CurrentUser user) {
        Set<String> roots = reach.roots(user);
        return roots.stream().map(statistics::unit).toList();
    }

    @Operation(summary = "The figures of a unit (and a field) for a period: counts and rates")
    @GetMapping("/figures")
    Answer<Figures> figures(CurrentUser user, @RequestParam String unit, @RequestParam(required = false) String field,
                            @Parameter(example = "2026-01-01") @RequestParam(required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @Parameter(example = "2026-03-31") @RequestParam(required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = reach.check(user, unit);
        Period period = Periods.of(from, to, clock);
        return new Answer<>(checked, blankToNull(field), period, statistics.of(checked.code(), field, period));
    }

    @Operation(summary = "The figures of each unit right below a unit (departments, communes, desks)")
    @GetMapping("/units/{unit}/children")
    Answer<List<UnitFigures>> children(CurrentUser user, @PathVariable String unit,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = reach.check(user, unit);
        Period period = Periods.of(from, to, clock);
        return new Answer<>(checked, null, period, statistics.byAgency(checked.code(), period));
    }

    @Operation(summary = "The figures of each field of procedures within a unit")
    @GetMapping("/fields")
    Answer<List<FieldFigures>> fields(CurrentUser user, @RequestParam String unit,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = reach.check(user, unit);
        Period period = Periods.of(from, to, clock);
        return new Answer<>(checked, null, period, statistics.byField(checked.code(), period));
    }

    @Operation(summary = "The figures of each week or month of a period")
    @GetMapping("/trend")
    Answer<List<TrendPoint>> trend(CurrentUser user, @RequestParam String unit,
                                   @RequestParam(required = false) String field,
                                   @RequestParam(defaultValue = "MONTH") Granularity step,
                                   @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = reach.check(user, unit);
        Period period = Periods.of(from, to, clock);
        return new Answer<>(checked, blankToNull(field), period,
                statistics.trend(checked.code(), field, period, step));
    }

    @Operation(summary = "The dossiers behind a figure (drill-down), the most recently received first")
    @GetMapping("/dossiers")
    Answer<List<DossierRef>> dossiers(CurrentUser user, @RequestParam String unit,
                                      @RequestParam(required = false) String field, @RequestParam Measure measure,
                                      @RequestParam(defaultValue = "100") int limit,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = reach.check(user, unit);
        Period period = Periods.of(from, to, clock);
        return new Answer<>(checked, blankToNull(field), period,
                statistics.dossiers(checked.code(), field, period, measure, limit));
    }

    @Operation(summary = "Biểu 06/VPCP/KSTT of a unit for a period: one row per field and the total "
            + "(the same as an Excel file at /service-quality/report.xlsx)")
    @GetMapping("/report")
    Report report(CurrentUser user, @RequestParam String unit,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = reach.check(user, unit);
        return statistics.report(checked.code(), Periods.of(from, to, clock));
    }

    @Operation(summary = "Recompute every unit's figures from the dossiers (system administrators); runs in the "
            + "background")
    @PostMapping("/recomputations")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<RecomputationStatus> recompute(CurrentUser user) {
        recomputation.start(user.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(recomputation.latest().orElseThrow());
    }

    @Operation(summary = "How far the latest recomputation got")
    @GetMapping("/recomputations/latest")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    RecomputationStatus latestRecomputation() {
        return recomputation.latest().orElseThrow(() -> new NotFound("lần tính lại", "latest"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * An answer: what was asked for and the figures.
     *
     * @param unit the unit
     * @param field the field, null for all
     * @param period the period
     * @param figures the figures
     */
    record Answer<T>(Unit unit, String field, Period period, T figures) {
    }
}
