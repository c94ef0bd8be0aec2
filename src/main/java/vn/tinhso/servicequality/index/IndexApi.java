package vn.tinhso.servicequality.index;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.Refusal;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Unit;

/**
 * The Decision 766 index over HTTP: the ranking of the units below one, a unit's breakdown, the framework in force
 * and a new version of it. Officers see their own units (404 outside them); system administrators and the Office of
 * the People's Committee see the province and may change the framework. Periods are {@code from}–{@code to} (ISO
 * dates, both included; this year up to today when both are left out).
 */
@RestController
@RequestMapping("/api/service-quality/index")
@Tag(name = "Chỉ số phục vụ (Quyết định 766) / Service-quality index")
@PreAuthorize(IndexPages.OFFICERS)
class IndexApi {

    private final QualityIndex index;
    private final Frameworks frameworks;
    private final UnitChoices units;
    private final IndexEditors editors;
    private final MessageSource messages;
    private final Clock clock;

    IndexApi(QualityIndex index, Frameworks frameworks, UnitChoices units, IndexEditors editors,
             MessageSource messages, Clock clock) {
        this.index = index;
        this.frameworks = frameworks;
        this.units = units;
        this.editors = editors;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(summary = "The units right below a unit ranked by their Decision 766 score (your first unit when none"
            + " is named)")
    @GetMapping
    IndexViews.RankingView ranking(CurrentUser user, @RequestParam(required = false) String unit,
                                   @Parameter(example = "2026-01-01") @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @Parameter(example = "2026-06-30") @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Unit checked = units.pick(user, unit);
        Period period = period(from, to);
        return IndexViews.ranking(checked.code(), checked.name(), period, index.framework(period),
                index.ranking(checked.code(), period));
    }

    @Operation(summary = "A unit's score indicator by indicator: numerator, denominator, rate, target, points, "
            + "points lost")
    @GetMapping("/units/{unit}")
    IndexViews.BreakdownView breakdown(CurrentUser user, @PathVariable String unit,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       Locale locale) {
        Unit checked = units.pick(user, unit);
        Period period = period(from, to);
        return IndexViews.breakdown(index.of(checked.code(), period), period, locale);
    }

    @Operation(summary = "The version of the index in force on a day (today when none is given)")
    @GetMapping("/framework")
    IndexViews.FrameworkView framework(@RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                       Locale locale) {
        return IndexViews.framework(frameworks.inForce(day == null ? today() : day), locale);
    }

    @Operation(summary = "Every version of the index, the latest first")
    @GetMapping("/framework/versions")
    List<IndexViews.FrameworkView> versions(Locale locale) {
        return frameworks.versions().stream().map(v -> IndexViews.framework(v, locale)).toList();
    }

    @Operation(summary = "Records new points and targets as a version taking effect on a date (system "
            + "administrators and the Office); refused with every problem, and nothing saved, when the groups do not "
            + "add up to their points, the total is not 100 or a target is outside (0, 1]")
    @PostMapping("/framework")
    ResponseEntity<IndexViews.FrameworkView> add(CurrentUser user, @RequestBody FrameworkEdit edit, Locale locale) {
        editors.check(user);
        Framework added = frameworks.add(edit, user.username());
        return ResponseEntity.created(URI.create("/api/service-quality/index/framework?day=" + added.effectiveFrom()))
                .body(IndexViews.framework(added, locale));
    }

    /** Every problem of a refused edit, each with its Vietnamese (or English) message. */
    @ExceptionHandler(InvalidFramework.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFramework invalid, HttpServletRequest request, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(invalid.code(), invalid.arguments(), locale));
        problem.setType(URI.create("https://tinhso.vn/problems/" + invalid.code()));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", invalid.code());
        problem.setProperty("problems", invalid.problems().stream().map(p -> Map.of("path", p.path(),
                "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Period period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            LocalDate today = today();
            return Period.of(YearMonth.of(today.getYear(), 1).atDay(1), today);
        }
        if (from == null || to == null) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.index.period.both");
        }
        return Period.of(from, to);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
