package vn.tinhso.servicequality.dashboard;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;
import vn.tinhso.servicequality.DossierRef;
import vn.tinhso.servicequality.Granularity;
import vn.tinhso.servicequality.Measure;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Unit;
import vn.tinhso.servicequality.index.Picker;

/**
 * The figures of the operations dashboard over HTTP, as its charts read them: headline, trend, units below and the
 * dossiers behind a figure. Officers see their own units (404 outside them); the Office of the People's Committee and
 * system administrators the province. Periods are {@code from}–{@code to} (ISO dates, both included; this year up to
 * today when both are left out).
 */
@RestController
@RequestMapping("/api/service-quality/dashboard")
@Tag(name = "Bảng điều hành chất lượng phục vụ / Service-quality dashboard")
@PreAuthorize(DashboardPages.OFFICERS)
class DashboardApi {

    private final Dashboard dashboard;
    private final Picker picker;

    DashboardApi(Dashboard dashboard, Picker picker) {
        this.dashboard = dashboard;
        this.picker = picker;
    }

    @Operation(summary = "Headline figures of a unit for a period and for the period before: received, online rate, "
            + "on-time rate, in progress and overdue, electronic results, satisfaction, Decision 766 score")
    @GetMapping
    Answer headline(CurrentUser user, @RequestParam(required = false) String unit,
                    @Parameter(example = "2026-01-01") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @Parameter(example = "2026-06-30") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = picker.unit(user, unit);
        Period period = period(from, to);
        return new Answer(checked.code(), checked.name(), period.from(), period.to(),
                dashboard.headline(checked.code(), period), period.previous().from(), period.previous().to(),
                dashboard.headline(checked.code(), period.previous()));
    }

    @Operation(summary = "The unit's figures week by week or month by month over the period")
    @GetMapping("/trend")
    List<Dashboard.TrendRow> trend(CurrentUser user, @RequestParam(required = false) String unit,
                                   @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(defaultValue = "MONTH") Granularity granularity) {
        return dashboard.trend(picker.unit(user, unit).code(), period(from, to), granularity);
    }

    @Operation(summary = "The units right below the unit with their rates and Decision 766 score, ranked by the "
            + "score or a rate")
    @GetMapping("/units")
    List<UnitRow> units(CurrentUser user, @RequestParam(required = false) String unit,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(defaultValue = "SCORE") RankBy rankBy) {
        return dashboard.units(picker.unit(user, unit).code(), period(from, to), rankBy);
    }

    @Operation(summary = "The dossiers behind a figure (drill-down), the most recently received first, at most 500")
    @GetMapping("/dossiers")
    List<DossierRef> dossiers(CurrentUser user, @RequestParam(required = false) String unit,
                              @RequestParam(required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam Measure measure) {
        return dashboard.dossiers(picker.unit(user, unit).code(), period(from, to), measure);
    }

    private Period period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            LocalDate today = picker.today();
            return Period.of(today.withDayOfYear(1), today);
        }
        if (from == null || to == null) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.index.period.both");
        }
        return Period.of(from, to);
    }

    /**
     * The headline of a unit for a period and the period before.
     *
     * @param unit unit code
     * @param unitName unit name
     * @param from first day
     * @param to last day
     * @param figures the period's figures
     * @param previousFrom first day of the period before
     * @param previousTo last day of the period before
     * @param previous its figures
     */
    record Answer(String unit, String unitName, LocalDate from, LocalDate to, Headline figures,
                  LocalDate previousFrom, LocalDate previousTo, Headline previous) {
    }
}
