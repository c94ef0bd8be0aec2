package vn.tinhso.dti.results;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published ranking downloaded as an Excel workbook or a PDF, for anyone. */
@Controller
class ExportPages {

    private final Rankings rankings;
    private final YearChanges changes;
    private final Robustness robustness;
    private final MessageSource messages;

    ExportPages(Rankings rankings, YearChanges changes, Robustness robustness, MessageSource messages) {
        this.rankings = rankings;
        this.changes = changes;
        this.robustness = robustness;
        this.messages = messages;
    }

    @GetMapping("/dti/periods/{id}/ranking.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        RankingExport export = export(id);
        return download(RankingWorkbook.of(export, note(export)), MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "dti-" + id + ".xlsx");
    }

    @GetMapping("/dti/periods/{id}/ranking.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        RankingExport export = export(id);
        return download(RankingPdf.of(export, note(export)), MediaType.APPLICATION_PDF, "dti-" + id + ".pdf");
    }

    private RankingExport export(long id) {
        Locale locale = LocaleContextHolder.getLocale();
        PeriodRanking ranking = rankings.published(id);
        var labels = new LinkedHashMap<String, String>();
        for (String key : new String[] {"rank", "unit", "total", "change", "interval", "pillar", "published"}) {
            labels.put(key, messages.getMessage("dti.export." + key, null, locale));
        }
        return RankingExport.of(ranking, changes.of(ranking, locale).orElse(null), robustness.of(id), labels);
    }

    private String note(RankingExport export) {
        Locale locale = LocaleContextHolder.getLocale();
        String note = messages.getMessage("dti.export.note", null, locale);
        return export.illustrative() ? note + " " + messages.getMessage("dti.export.illustrative", null, locale) : note;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
