package vn.tinhso.dti.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.identity.CurrentUser;

/**
 * The DTI cycle over HTTP: frameworks (list, the JSON document, import), periods (open, publish), a unit's answers,
 * evidence and submission, the council's appraisals and corrections. The rules, and their Vietnamese messages, are
 * those of the pages; errors are {@code application/problem+json}; an import with problems lists them all.
 */
@RestController
@Tag(name = "DTI — kỳ đánh giá / DTI assessment cycle")
class CycleApi {

    private final StoredFrameworks frameworks;
    private final FrameworkImports imports;
    private final Periods periods;
    private final Assessments assessments;
    private final Appraisals appraisals;
    private final Answers answers;
    private final MessageSource messages;

    CycleApi(StoredFrameworks frameworks, FrameworkImports imports, Periods periods, Assessments assessments,
             Appraisals appraisals, Answers answers, MessageSource messages) {
        this.frameworks = frameworks;
        this.imports = imports;
        this.periods = periods;
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.answers = answers;
        this.messages = messages;
    }

    @Operation(summary = "Framework versions, by level and code, newest version first")
    @GetMapping("/api/dti/frameworks")
    List<FrameworkSummary> frameworks() {
        return frameworks.all().stream().map(FrameworkSummary::of).toList();
    }

    @Operation(summary = "A framework version as the engine's JSON document (main indices, indicators, rules)")
    @GetMapping(path = "/api/dti/frameworks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> framework(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(StoredFrameworks.json(frameworks.get(id).framework()).getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "Import a new framework version (multipart 'file', JSON or xlsx); 422 lists every problem "
            + "and nothing is stored; 409 when the code and version exist")
    @PostMapping(path = "/api/dti/frameworks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<FrameworkSummary> importFramework(CurrentUser user, @RequestParam MultipartFile file)
            throws IOException {
        StoredFramework stored = imports.importFile(user, file.getBytes(), file.getOriginalFilename());
        return ResponseEntity.created(URI.create("/api/dti/frameworks/" + stored.id())).body(FrameworkSummary.of(stored));
    }

    @Operation(summary = "Assessment periods, the latest year first")
    @GetMapping("/api/dti/periods")
    @PreAuthorize("isAuthenticated()")
    List<Period> periods() {
        return periods.all();
    }

    @Operation(summary = "Open a period (the council or the system administrator)")
    @PostMapping(path = "/api/dti/periods", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Period> open(CurrentUser user, @RequestBody NewPeriod body) {
        Period period = periods.open(user, body);
        return ResponseEntity.created(URI.create("/api/dti/periods/" + period.id())).body(period);
    }

    @Operation(summary = "The units of a period and where each stands")
    @GetMapping("/api/dti/periods/{id}/units")
    @PreAuthorize("isAuthenticated()")
    List<AssessedUnit> units(@PathVariable long id) {
        periods.get(id);
        return periods.units(id);
    }

    @Operation(summary = "A unit's answers with their self-assessed, appraised and final points, and its evidence "
            + "(its assessors, the council, the organisers; 404 to others)")
    @GetMapping("/api/dti/periods/{id}/units/{agency}/answers")
    @PreAuthorize("isAuthenticated()")
    UnitAnswers answers(CurrentUser user, @PathVariable long id, @PathVariable String agency) {
        AssessedUnit unit = assessments.visible(user, id, agency);
        return new UnitAnswers(unit, answers.of(id, agency), answers.evidence(id, agency));
    }

    @Operation(summary = "Answer one indicator (the unit's assessor, while the unit is a draft): 'choice' for yes/no "
            + "rules, 'numerator'+'denominator' or 'value' (0–1) for rates, 'value' for counts and manual points")
    @PutMapping(path = "/api/dti/periods/{id}/units/{agency}/answers/{indicator}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    IndicatorAnswer answer(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                           @PathVariable String indicator, @RequestBody AnswerInput body) {
        return assessments.answer(user, id, agency, indicator, body);
    }

    @Operation(summary = "Add an evidence file (multipart 'file'); its type, detected from the content, must be one "
            + "the indicator accepts (415 otherwise)")
    @PostMapping(path = "/api/dti/periods/{id}/units/{agency}/evidence/{indicator}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<EvidenceItem> evidence(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                                          @PathVariable String indicator, @RequestParam MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(assessments.addFile(user, id, agency, indicator, in, file.getOriginalFilename()));
        }
    }

    @Operation(summary = "Add a link (http or https) as evidence")
    @PostMapping(path = "/api/dti/periods/{id}/units/{agency}/links/{indicator}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<EvidenceItem> link(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                                      @PathVariable String indicator, @RequestBody LinkBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(assessments.addLink(user, id, agency, indicator, body.url()));
    }

    @Operation(summary = "Submit the self-assessment to the council: every indicator answered, evidence where required")
    @PostMapping("/api/dti/periods/{id}/units/{agency}/submission")
    @PreAuthorize("isAuthenticated()")
    AssessedUnit submit(CurrentUser user, @PathVariable long id, @PathVariable String agency) {
        return assessments.submit(user, id, agency);
    }

    @Operation(summary = "The council's points (0 to the indicator's maximum) and comment on a submitted unit")
    @PutMapping(path = "/api/dti/periods/{id}/units/{agency}/appraisals/{indicator}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    IndicatorAnswer appraise(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                             @PathVariable String indicator, @RequestBody PointsBody body) {
        return appraisals.appraise(user, id, agency, indicator, body.points(), body.comment());
    }

    @Operation(summary = "Publish the period (the council; every unit submitted); locks it and draws the robustness")
    @PostMapping("/api/dti/periods/{id}/publication")
    @PreAuthorize("isAuthenticated()")
    Period publish(CurrentUser user, @PathVariable long id) {
        return periods.publish(user, id);
    }

    @Operation(summary = "Correct a published indicator's final points (the council), with the reason in 'comment'")
    @PostMapping(path = "/api/dti/periods/{id}/units/{agency}/corrections/{indicator}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Appraisals.Correction> correct(CurrentUser user, @PathVariable long id, @PathVariable String agency,
                                                  @PathVariable String indicator, @RequestBody PointsBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(appraisals.correct(user, id, agency, indicator, body.points(), body.comment()));
    }

    /** A framework file with problems: 422 with every problem, in the user's language. */
    @ExceptionHandler(FrameworkImports.RefusedFramework.class)
    ResponseEntity<ProblemDetail> refusedFramework(FrameworkImports.RefusedFramework refused,
                                                   HttpServletRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(refused.status(),
                messages.getMessage(refused.code(), refused.arguments(), locale));
        problem.setType(URI.create("https://tinhso.vn/problems/" + refused.code()));
        problem.setTitle(refused.status().getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", refused.code());
        problem.setProperty("problems", refused.problems().stream().map(p -> p.message(locale)).toList());
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A framework version in a list. */
    record FrameworkSummary(long id, String code, int version, String name, String level, LocalDate effectiveFrom,
                            LocalDate effectiveTo, boolean illustrative, int mainIndices, int indicators,
                            String totalPoints) {

        static FrameworkSummary of(StoredFramework stored) {
            var f = stored.framework();
            return new FrameworkSummary(stored.id(), f.code(), f.version(), f.name(), f.level().name(),
                    f.effectiveFrom(), f.effectiveTo(), f.illustrative(), f.countedMainIndices().size(),
                    f.indicators().size(), f.totalPoints().toPlainString());
        }
    }

    /** A unit's answers by indicator code, and its evidence. */
    record UnitAnswers(AssessedUnit unit, Map<String, IndicatorAnswer> answers, List<EvidenceItem> evidence) {
    }

    /** A link as evidence. */
    record LinkBody(String url) {
    }

    /** Points with a comment (appraisal) or a reason (correction). */
    record PointsBody(String points, String comment) {
    }
}
