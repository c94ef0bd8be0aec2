package vn.tinhso.procedure.exchange;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.CatalogueDocument;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/** Downloads of the catalogue in force today, as the exchange workbook or as JSON, written straight to the response. */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CatalogueExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Procedures procedures;
    private final WorkbookWriting workbooks;
    private final JsonMapper json;

    CatalogueExport(Procedures procedures, WorkbookWriting workbooks, JsonMapper json) {
        this.procedures = procedures;
        this.workbooks = workbooks;
        this.json = json;
    }

    @GetMapping("/export.xlsx")
    void xlsx(HttpServletResponse response) throws IOException {
        download(response, XLSX, "xlsx");
        workbooks.write(catalogue(), response.getOutputStream());
    }

    @GetMapping("/export.json")
    void json(HttpServletResponse response) throws IOException {
        download(response, MediaType.APPLICATION_JSON_VALUE, "json");
        json.writeValue(response.getOutputStream(), catalogue());
    }

    /** Every procedure offered today, in the version in force today, with every field. */
    private CatalogueDocument catalogue() {
        var publications = procedures.offeredToday().stream()
                .map(procedure -> new Publication(procedure.code(), procedure.validFrom(), procedure.details()))
                .toList();
        return new CatalogueDocument(CatalogueDocument.FORMAT, procedures.fields(), publications);
    }

    private static void download(HttpServletResponse response, String type, String extension) {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        String name = "danh-muc-thu-tuc-" + LocalDate.now(WorkingCalendar.ZONE) + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
