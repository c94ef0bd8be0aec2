package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.dti.cycle.Answers;
import vn.tinhso.dti.cycle.IndicatorAnswer;
import vn.tinhso.dti.scoring.PathToTarget;
import vn.tinhso.dti.scoring.Place;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;

/**
 * Published DTI results over HTTP, open to everyone: a period's ranking (total, a main index or a pillar), a unit's
 * breakdown by indicator, the robustness of the ranks, the province among all provinces and the path to a target
 * rank; and the import of a national table (keepers of the reference data). An open period is not public (404).
 */
@RestController
@Tag(name = "DTI — kết quả / DTI results")
class ResultsApi {

    private final Rankings rankings;
    private final YearChanges changes;
    private final Robustness robustness;
    private final Answers answers;
    private final ProvinceStandings province;
    private final NationalTables tables;
    private final MessageSource messages;

    ResultsApi(Rankings rankings, YearChanges changes, Robustness robustness, Answers answers,
               ProvinceStandings province, NationalTables tables, MessageSource messages) {
        this.messages = messages;
        this.rankings = rankings;
        this.changes = changes;
        this.robustness = robustness;
        this.answers = answers;
        this.province = province;
        this.tables = tables;
    }

    @Operation(summary = "A published period's ranking: values with 4 decimals, standard competition ranks (null "
            + "for units scored but not ranked), change since the previous period, robustness interval (total only)")
    @GetMapping("/api/dti/periods/{id}/ranking")
    RankingBody ranking(@PathVariable long id, @Parameter(description = "TOTAL, a main-index code, or P:<pillar>")
                        @RequestParam(defaultValue = "TOTAL") String by) {
        PeriodRanking ranking = rankings.published(id);
        if (!PublicPages.measures(ranking).contains(by)) {
            throw new NotFound("chỉ số", by);
        }
        var change = changes.of(ranking, LocaleContextHolder.getLocale()).orElse(null);
        var view = RankingView.of(ranking, by, change, robustness.of(id));
        return new RankingBody(id, ranking.period().year(), ranking.period().title(), ranking.framework().label(),
                by, change == null ? null : change.previous().year(), view.lines().stream().map(line -> new RankingLine(
                line.rank(), line.code(), line.name(), line.value(), line.change(), line.previousRank(),
                line.interval() == null ? null : new Interval(line.interval().best(), line.interval().worst(),
                        line.interval().p5(), line.interval().p95(), line.interval().shareAtPublished()),
                change == null ? null : change.summaries().get(line.code()))).toList());
    }

    @Operation(summary = "A unit's published result: rank, values of the total, main indices and pillars, and each "
            + "indicator's self-assessed, appraised and final points")
    @GetMapping("/api/dti/periods/{id}/units/{agency}")
    UnitBreakdown unit(@PathVariable long id, @PathVariable String agency) {
        PeriodRanking ranking = rankings.published(id);
        var standing = ranking.ranking().standing(agency).orElseThrow(() -> new NotFound("đơn vị được đánh giá", agency));
        return new UnitBreakdown(agency, ranking.name(agency), standing.ranked(), standing.total(),
                standing.mainIndices(), standing.pillars(), answers.of(id, agency));
    }

    @Operation(summary = "Each ranked unit's rank under 1000 draws of the main-index weights (±10%) from the seed "
            + "stored with the publication")
    @GetMapping("/api/dti/periods/{id}/robustness")
    RobustnessBody robustness(@PathVariable long id) {
        PeriodRanking ranking = rankings.published(id);
        return new RobustnessBody(id, ranking.period().robustnessSeed(), Robustness.DRAWS, Robustness.SPREAD,
                List.copyOf(robustness.of(id).values()));
    }

    @Operation(summary = "The province in a year's national table (latest by default): rank, values, gaps to the "
            + "leader and the average per main index, the sentence against the year before")
    @GetMapping("/api/dti/province")
    ProvinceStandings.Position position(@RequestParam(required = false) Integer year) {
        int shown = year != null ? year : tables.years().stream().reduce((a, b) -> b)
                .orElseThrow(() -> new NotFound("bảng kết quả DTI quốc gia", "—"));
        return province.position(shown, LocaleContextHolder.getLocale())
                .orElseThrow(() -> new NotFound("tỉnh trong bảng " + shown, province.province()));
    }

    @Operation(summary = "The province's rank each year")
    @GetMapping("/api/dti/province/history")
    List<ProvinceStandings.HistoryPoint> history() {
        return province.history();
    }

    @Operation(summary = "Points needed to reach the target rank in a year's table, and the plan of indicators with "
            + "most points available per effort")
    @GetMapping("/api/dti/province/path")
    PathToTarget path(@RequestParam int target, @RequestParam(required = false) Integer year) {
        int shown = year != null ? year : tables.years().stream().reduce((a, b) -> b)
                .orElseThrow(() -> new NotFound("bảng kết quả DTI quốc gia", "—"));
        return province.path(shown, target);
    }

    @Operation(summary = "A year's national table")
    @GetMapping("/api/dti/national/{year}")
    NationalTable table(@PathVariable int year) {
        return tables.get(year);
    }

    @Operation(summary = "Import a year's national table (multipart 'file', CSV or xlsx: province_code, province_name, "
            + "one column per main-index code); all or nothing, 422 lists every bad cell")
    @PostMapping(path = "/api/dti/national/{year}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<NationalTable> importTable(CurrentUser user, @PathVariable int year,
                                              @RequestParam(defaultValue = "922-province") String frameworkCode,
                                              @RequestParam(required = false) String source,
                                              @RequestParam(defaultValue = "false") boolean illustrative,
                                              @RequestParam MultipartFile file) throws java.io.IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(tables.importTable(user,
                new NationalTables.NewTable(year, frameworkCode, source, illustrative), file.getBytes()));
    }

    /** A table file with problems: 422 with every bad cell, its line, column and message in the user's language. */
    @ExceptionHandler(NationalTables.RefusedTable.class)
    ResponseEntity<ProblemDetail> refusedTable(NationalTables.RefusedTable refused, HttpServletRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(refused.status(),
                messages.getMessage(refused.code(), refused.arguments(), locale));
        problem.setType(URI.create("https://tinhso.vn/problems/" + refused.code()));
        problem.setTitle(refused.status().getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", refused.code());
        problem.setProperty("problems", refused.problems().stream().map(p -> Map.of("line", p.line(),
                "column", p.column(), "code", p.code(),
                "message", messages.getMessage(p.code(), p.arguments().toArray(), locale))).toList());
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A ranking table. */
    record RankingBody(long periodId, int year, String title, String framework, String measure, Integer previousYear,
                       List<RankingLine> lines) {
    }

    /** A unit's line in a ranking. */
    record RankingLine(Integer rank, String agencyCode, String name, BigDecimal value, Integer rankChange,
                       Integer previousRank, Interval robustness, String summary) {
    }

    /** A rank interval. */
    record Interval(int best, int worst, int p5, int p95, BigDecimal shareAtPublished) {
    }

    /** A unit's published result. */
    record UnitBreakdown(String agencyCode, String name, boolean ranked, Place total, Map<String, Place> mainIndices,
                         Map<String, Place> pillars, Map<String, IndicatorAnswer> indicators) {
    }

    /** The robustness of a published ranking. */
    record RobustnessBody(long periodId, Long seed, int draws, double spread, List<Robustness.Interval> intervals) {
    }
}
