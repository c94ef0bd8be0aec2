package vn.tinhso.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

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

import vn.tinhso.dossier.receipt.DossierBookPdf;
import vn.tinhso.dossier.receipt.DossierBookXlsx;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.WorkingCalendar;

/** The officer's workspace: the queues, and the dossier book (form 07) as a spreadsheet or PDF. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
class WorkspacePages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Workspace workspace;
    private final DossierDocuments documents;
    private final Names names;
    private final Deadlines deadlines;
    private final Clock clock;

    WorkspacePages(Workspace workspace, DossierDocuments documents, Names names, Deadlines deadlines, Clock clock) {
        this.workspace = workspace;
        this.documents = documents;
        this.names = names;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @GetMapping("/workspace")
    String workspace(CurrentUser officer, @RequestParam(defaultValue = "PROCESS") Workspace.Queue queue, Model model) {
        var queues = workspace.queues(officer);
        var shown = queues.get(queue);
        var procedureNames = new java.util.LinkedHashMap<String, String>();
        shown.forEach(line -> procedureNames.computeIfAbsent(line.procedureCode() + "#" + line.procedureVersion(),
                key -> names.version(line.procedureCode(), line.procedureVersion()).name()));
        var agencies = new ArrayList<String>();
        shown.forEach(line -> agencies.add(line.handlingAgency()));
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        model.addAttribute("queues", queues);
        model.addAttribute("queue", queue);
        model.addAttribute("lines", shown);
        model.addAttribute("procedureNames", procedureNames);
        model.addAttribute("agencyNames", names.agencies(agencies.stream().distinct().toList()));
        model.addAttribute("from", today.withDayOfMonth(1));
        model.addAttribute("to", today);
        model.addAttribute("view", new Views(deadlines, clock));
        return "dossier/workspace";
    }

    @GetMapping("/workspace/book.xlsx")
    ResponseEntity<byte[]> bookXlsx(CurrentUser officer,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        byte[] bytes = DossierBookXlsx.of(documents.book(officer, from, to));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-theo-doi-ho-so-" + from + "-" + to + ".xlsx").build().toString())
                .body(bytes);
    }

    @GetMapping("/workspace/book.pdf")
    ResponseEntity<byte[]> bookPdf(CurrentUser officer,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ProcessingPages.pdf(DossierBookPdf.of(documents.book(officer, from, to)),
                "so-theo-doi-ho-so-" + from + "-" + to + ".pdf", false);
    }
}
