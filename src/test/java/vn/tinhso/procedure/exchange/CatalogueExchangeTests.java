package vn.tinhso.procedure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.procedure.exchange.Exchanges.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.procedure.CatalogueDocument;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/** Export and import of the catalogue: round trips change nothing, bad files change nothing and say why. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueExchangeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;
    @Autowired
    ImportJobs jobs;
    @Autowired
    WorkbookWriting writing;
    @Autowired
    JsonMapper json;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        procedures.addFields(List.of(TEST_FIELD));
        admin = Exchanges.signIn(mvc, "admin");
    }

    @Test
    void anExportedWorkbookImportsBackAsTheSameCatalogue() throws Exception {
        publishSamples("9.2000");
        byte[] exported = mvc.perform(get("/admin/procedures/export.xlsx").session(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("danh-muc-thu-tuc-" + TODAY + ".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        String id = jobId(upload(mvc, admin, "danh-muc.xlsx", exported));
        Outcome outcome = await(jobs, id);

        assertThat(outcome.kind()).as("%s", outcome).isEqualTo(Outcome.Kind.IMPORTED);
        assertThat(outcome.recorded()).isZero();
        assertThat(outcome.unchanged()).isEqualTo(procedures.offeredToday().size());
        assertOneVersionEach("9.2000");
        mvc.perform(get("/admin/procedures/import/" + id + "/progress").session(admin))
                .andExpect(content().string(containsString("Đã nhập 0 thủ tục")))
                .andExpect(content().string(containsString("giống hệt phiên bản đang có hiệu lực")))
                .andExpect(content().string(not(containsString("hx-get")))); // finished: the page stops polling
    }

    @Test
    void anExportedJsonDocumentImportsBackAsTheSameCatalogueAndAChangeBecomesANewVersion() throws Exception {
        publishSamples("9.2001");
        byte[] exported = mvc.perform(get("/admin/procedures/export.json").session(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("danh-muc-thu-tuc-" + TODAY + ".json")))
                .andReturn().getResponse().getContentAsByteArray();

        Outcome same = await(jobs, jobId(upload(mvc, admin, "danh-muc.json", exported)));
        assertThat(same.kind()).as("%s", same).isEqualTo(Outcome.Kind.IMPORTED);
        assertThat(same.recorded()).isZero();
        assertOneVersionEach("9.2001");

        var document = json.readValue(exported, CatalogueDocument.class);
        var changed = document.procedures().stream().filter(p -> p.code().value().equals("9.200101"))
                .map(p -> publication("9.200101", TODAY, criminalRecord("Cấp Phiếu lý lịch tư pháp (sửa đổi)"))).toList();
        Outcome change = await(jobs, jobId(upload(mvc, admin, "thay-doi.json", json.writeValueAsBytes(catalogue(changed)))));
        assertThat(change.recorded()).isEqualTo(1);
        assertThat(procedures.history(new ProcedureCode("9.200101"))).extracting(Procedure::version).containsExactly(2, 1);
        assertThat(procedures.current(new ProcedureCode("9.200101")).orElseThrow().name()).endsWith("(sửa đổi)");
    }

    @Test
    void everyBadRowIsReportedWithItsSheetRowAndColumnAndNothingIsImported() throws Exception {
        var good = List.of(publication("9.201001", TODAY, birthRegistration("Một")),
                publication("9.201002", TODAY, birthRegistration("Hai")),
                publication("9.201003", TODAY, criminalRecord("Ba")),
                publication("9.201004", TODAY, birthRegistration("Bốn")));
        byte[] file = spoil(workbook(writing, catalogue(good)));

        String id = jobId(upload(mvc, admin, "loi.xlsx", file));
        Outcome outcome = await(jobs, id);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.INVALID);
        assertThat(outcome.problems()).extracting(Problem::sheet, Problem::row, Problem::column, Problem::key)
                .contains(tuple("Thủ tục", 2, "Cấp thực hiện", "exchange.cell.choice"),
                        tuple("Thủ tục", 3, "Ngày hiệu lực", "exchange.cell.date"),
                        tuple("Thủ tục", 3, "Thời hạn giải quyết", "exchange.cell.number"),
                        tuple("Thủ tục", 4, "Cơ quan thực hiện", "procedure.agency.unknown"),
                        tuple("Thủ tục", 5, "Ngày hiệu lực", "exchange.duplicate"),
                        tuple("Thủ tục", 4, "Tên thủ tục", "NotBlank"),
                        tuple("Thành phần hồ sơ", 6, "Mã thủ tục", "exchange.reference.unknown"),
                        tuple("Phí, lệ phí", 2, "Mức thu", "PositiveOrZero"));
        assertThat(outcome.problems()).filteredOn(p -> p.row() == 2 && p.sheet().equals("Thủ tục")).hasSize(1);
        for (String code : List.of("9.201001", "9.201002", "9.201003", "9.201004")) {
            assertThat(procedures.current(new ProcedureCode(code))).as(code).isEmpty();
        }
        mvc.perform(get("/admin/procedures/import/" + id + "/progress").session(admin))
                .andExpect(content().string(containsString("chưa có gì được nhập")))
                .andExpect(content().string(containsString("Giá trị &#39;Thành phố&#39; không hợp lệ")))
                .andExpect(content().string(containsString("Không có cơ quan mang mã 999.99.99.H99")));
        byte[] errors = mvc.perform(get("/admin/procedures/import/" + id + "/errors.xlsx").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook sheet = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            assertThat(sheet.getSheetAt(0).getLastRowNum()).isEqualTo(outcome.problems().size());
        }
    }

    @Test
    void aFileThatIsNeitherAWorkbookNorJsonIsRefused() throws Exception {
        mvc.perform(multipartOf("danh-muc.xlsx", "Mã thủ tục;Tên thủ tục\n1.001193;Đăng ký khai sinh".getBytes()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tệp đã chọn không phải hai loại này")));
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        mvc.perform(multipartOf("danh-muc.xlsx", executable))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tệp đã chọn không phải hai loại này")));
        byte[] zipThatIsNoWorkbook = zip();
        Outcome outcome = await(jobs, jobId(upload(mvc, admin, "danh-muc.xlsx", zipThatIsNoWorkbook)));
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(outcome.refusal()).isEqualTo("exchange.file.unreadable");
    }

    @Test
    void aJsonDocumentOfAnotherFormatIsRefused() throws Exception {
        byte[] document = json.writeValueAsBytes(new CatalogueDocument("other-catalogue/2", List.of(),
                List.of(publication("9.201101", TODAY, birthRegistration("Khác định dạng")))));
        String id = jobId(upload(mvc, admin, "danh-muc.json", document));
        Outcome outcome = await(jobs, id);
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(procedures.current(new ProcedureCode("9.201101"))).isEmpty();
        mvc.perform(get("/admin/procedures/import/" + id + "/progress").session(admin))
                .andExpect(content().string(containsString("cần định dạng &#39;tinhso-procedures/1&#39;")));
    }

    private void publishSamples(String prefix) {
        procedures.publishAll(List.of(publication(prefix + "01", TODAY.minusDays(30), criminalRecord("Cấp Phiếu lý lịch tư pháp")),
                publication(prefix + "02", TODAY.minusDays(2), birthRegistration("Đăng ký khai sinh")),
                publication(prefix + "03", TODAY, birthRegistration("Đăng ký khai sinh lưu động"))), "tester");
    }

    private void assertOneVersionEach(String prefix) {
        for (String code : List.of(prefix + "01", prefix + "02", prefix + "03")) {
            assertThat(procedures.history(new ProcedureCode(code))).as(code).hasSize(1);
        }
    }

    /** Spoils some cells of a valid workbook, each in a way the import must report. */
    private static byte[] spoil(byte[] valid) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(valid))) {
            Sheet procedures = workbook.getSheet("Thủ tục");
            set(procedures, 1, ProcedureColumn.LEVEL, "Thành phố");
            set(procedures, 2, ProcedureColumn.VALID_FROM, "31/02/2025");
            set(procedures, 2, ProcedureColumn.PROCESSING_AMOUNT, "mười");
            set(procedures, 3, ProcedureColumn.AGENCIES, "000.11.00.H26;999.99.99.H99");
            set(procedures, 3, ProcedureColumn.NAME, " ");
            set(procedures, 4, ProcedureColumn.CODE, "9.201001");
            var documents = workbook.getSheet("Thành phần hồ sơ");
            var orphan = documents.createRow(5);
            orphan.createCell(DocumentColumn.CODE.ordinal()).setCellValue("9.299999");
            orphan.createCell(DocumentColumn.NAME.ordinal()).setCellValue("Giấy tờ lạc");
            set(workbook.getSheet("Phí, lệ phí"), 1, FeeColumn.AMOUNT, -5);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Replaces a cell (the export writes inline strings, which POI does not overwrite in place). */
    private static void set(Sheet sheet, int row, Enum<?> column, Object value) {
        var cells = sheet.getRow(row);
        var old = cells.getCell(column.ordinal());
        if (old != null) {
            cells.removeCell(old);
        }
        var cell = cells.createCell(column.ordinal());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static byte[] zip() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private org.springframework.test.web.servlet.RequestBuilder multipartOf(String name, byte[] content) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/procedures/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", name, null, content)).session(admin)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
    }
}
