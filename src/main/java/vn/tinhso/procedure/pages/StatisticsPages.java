package vn.tinhso.procedure.pages;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.procedure.Procedures;

/** The catalogue statistics for everyone: a table with bars, and the same figures as an Excel file. */
@Controller
class StatisticsPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CatalogueStatistics statistics;
    private final Procedures procedures;
    private final MessageSource messages;

    StatisticsPages(CatalogueStatistics statistics, Procedures procedures, MessageSource messages) {
        this.statistics = statistics;
        this.procedures = procedures;
        this.messages = messages;
    }

    @GetMapping("/procedures/statistics")
    String page(@RequestParam(required = false) String field, Model model) {
        String fieldCode = blankToNull(field);
        model.addAttribute("catalogue", statistics.today(fieldCode));
        model.addAttribute("fields", procedures.fields());
        model.addAttribute("field", fieldCode);
        return "procedure/pages/statistics";
    }

    @GetMapping("/procedures/statistics.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String field) throws IOException {
        byte[] file = new StatisticsWorkbook(messages, LocaleContextHolder.getLocale())
                .write(statistics.today(blankToNull(field)));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("thong-ke-thu-tuc-hanh-chinh.xlsx").build().toString())
                .body(file);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
