package vn.tinhso.procedure.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The import page: upload a file, watch its progress (the page polls a fragment with htmx every 500 ms), then
 * read either how many procedures were recorded or every problem, also downloadable as a workbook.
 */
@Controller
@RequestMapping("/admin/procedures/import")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ImportPages {

    /** Problems shown on the page; the downloadable workbook has all of them. */
    static final int SHOWN = 500;
    private static final String PAGE = "procedure/exchange/import";

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportPages(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model, Locale locale) {
        return page(new Upload(null), jobs.running(), model, locale);
    }

    @PostMapping
    String upload(CurrentUser admin, @ModelAttribute("upload") Upload upload, BindingResult errors, Model model,
                  Locale locale) throws IOException {
        if (upload.missing()) {
            errors.rejectValue("file", "exchange.file.empty");
            return page(upload, jobs.running(), model, locale);
        }
        byte[] content = upload.file().getBytes();
        Optional<FileKind> kind = FileKind.of(content);
        if (kind.isEmpty()) {
            errors.rejectValue("file", "exchange.file.kind");
            return page(upload, jobs.running(), model, locale);
        }
        try {
            ImportJob job = jobs.start(kind.get(), content, upload.file().getOriginalFilename(), admin.username());
            return "redirect:/admin/procedures/import/" + job.id();
        } catch (Refusal busy) {
            errors.reject(busy.code());
            return page(upload, jobs.running(), model, locale);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, Model model, Locale locale) {
        return page(new Upload(null), Optional.of(job(id)), model, locale);
    }

    /** What the page polls while the import runs; it stops polling once the fragment says the import is done. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, Model model, Locale locale) {
        describe(job(id), model, locale);
        return "procedure/exchange/progress :: progress";
    }

    @GetMapping("/{id}/errors.xlsx")
    void errors(@PathVariable String id, Locale locale, HttpServletResponse response) throws IOException {
        Outcome outcome = Optional.ofNullable(job(id).outcome()).orElseThrow(() -> new NotFound("import", id));
        response.setContentType(CatalogueExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("loi-nhap-danh-muc.xlsx").build().toString());
        List<String> headers = List.of(text("exchange.problem.sheet", locale), text("exchange.problem.row", locale),
                text("exchange.problem.column", locale), text("exchange.problem.reason", locale));
        ErrorWorkbook.write(text("exchange.problem.sheet-name", locale), headers, lines(outcome, locale),
                response.getOutputStream());
    }

    private String page(Upload upload, Optional<ImportJob> job, Model model, Locale locale) {
        model.addAttribute("upload", upload);
        job.ifPresent(running -> describe(running, model, locale));
        return PAGE;
    }

    private void describe(ImportJob job, Model model, Locale locale) {
        JobStatus status = job.status();
        model.addAttribute("job", status);
        Outcome outcome = status.done() ? job.outcome() : null;
        if (outcome == null) {
            return;
        }
        model.addAttribute("outcome", outcome);
        if (outcome.kind() == Outcome.Kind.REFUSED) {
            model.addAttribute("refusal", messages.getMessage(outcome.refusal(), outcome.arguments().toArray(),
                    outcome.refusal(), locale));
        }
        List<ProblemLine> lines = lines(outcome, locale);
        model.addAttribute("problems", lines.subList(0, Math.min(SHOWN, lines.size())));
    }

    private List<ProblemLine> lines(Outcome outcome, Locale locale) {
        return outcome.problems().stream().map(problem -> new ProblemLine(problem.sheet(), problem.row(), problem.column(),
                messages.getMessage(problem.key(), problem.arguments().toArray(), problem.key(), locale))).toList();
    }

    private ImportJob job(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("import", id));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
