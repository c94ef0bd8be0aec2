package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.dossier.receipt.PdfImages;
import vn.tinhso.dossier.receipt.ReceiptPdf;
import vn.tinhso.dossier.receipt.SampleReceipts;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.RoleGrant;
import vn.tinhso.platform.TinhsoProperties;
import vn.tinhso.procedure.Procedures;

/** Form 01, the receipt and appointment slip: what it says, its QR code, and who may download it. */
@SpringBootTest
@AutoConfigureMockMvc
class ReceiptTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;
    @Autowired
    Intake intake;
    @Autowired
    Reception reception;
    @Autowired
    Uploads uploads;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Receipts receipts;
    @Autowired
    TinhsoProperties platform;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
    }

    @Test
    void theApplicantsReceiptNamesTheDossierThePersonThePapersAndTheDueDate() throws Exception {
        String code = fileOnlineAndAccept();
        byte[] pdf = mvc.perform(get("/api/dossiers/{code}/receipt.pdf", code).session(SignIn.as(mvc, "030095001234")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"giay-tiep-nhan-" + code + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        var dossier = dossiers.find(new DossierCode(code)).orElseThrow();
        LocalDateTime dueAt = Deadlines.local(dossier.dueAt());
        String due = "%d giờ %02d phút, ngày %02d/%02d/%d".formatted(dueAt.getHour(), dueAt.getMinute(),
                dueAt.getDayOfMonth(), dueAt.getMonthValue(), dueAt.getYear());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(code, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Nguyễn Văn An",
                    "Tờ khai đăng ký khai sinh", "tờ-khai-khai-sinh.pdf", due, "motcua.haiduong",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Không thu phí, lệ phí");
            assertThat(text).doesNotContain("dự kiến");
            assertThat(PdfImages.qrCodeOn(document, 0)).isEqualTo(platform.baseUrl() + "/tracking?code=" + code);
            PdfImages.save(document, "receipt");
        }
    }

    @Test
    void anOnlineDossierNotYetAcceptedShowsTheExpectedTimes() throws Exception {
        String code = fileOnline().code().value();
        var form = receipts.form(citizen(), new DossierCode(code));
        assertThat(form.expected()).isTrue();
        assertThat(form.receivedBy()).isEmpty();
        assertThat(text(ReceiptPdf.of(form))).contains("(dự kiến)");
    }

    @Test
    void theReceivingOfficerMayDownloadItButNobodyElse() throws Exception {
        String code = fileOnline().code().value();
        mvc.perform(get("/api/dossiers/{code}/receipt.pdf", code).session(SignIn.as(mvc, "motcua.haiduong")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/dossiers/{code}/receipt.pdf", code).session(SignIn.as(mvc, "chuyenvien.tuphap")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/dossiers/{code}/receipt.pdf", code).session(anotherCitizen()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/dossiers/{code}/receipt.pdf", "525.00.00.H26-000101-0001")
                        .session(SignIn.as(mvc, "motcua.haiduong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeskDossierWithoutScansListsItsPapersAsHandedInOnPaper() throws Exception {
        String body = DossierIntakeTests.submission(DossierTestProcedures.DESK_ONLY, DossierTestProcedures.COMMUNE, "031305123456", null);
        String answer = mvc.perform(post("/api/dossiers/desk").session(SignIn.as(mvc, "motcua.haiduong")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(answer, "$.code");
        var officer = new CurrentUser(0, "motcua.haiduong", "Trần Văn Bình", AccountKind.OFFICER, null,
                List.of(new RoleGrant(Role.OFFICER, "525.01.00.H26")));
        var form = receipts.form(officer, new DossierCode(code));
        assertThat(form.papers()).extracting(paper -> paper.delivered()).containsExactly(Receipts.PAPER);
        assertThat(form.receivedBy()).isEqualTo("motcua.haiduong");
        assertThat(form.place()).isEqualTo("Hải Dương");
    }

    @Test
    void aLongNameAndTwelvePapersWrapAndStillRender() throws Exception {
        String name = "Công Tôn Nữ Hoàng Thị Phương Thảo Nguyên Hạnh Diễm Kiều Xuân Thu Bích Ngọc Huyền Trang";
        var papers = new java.util.ArrayList<vn.tinhso.dossier.receipt.ReceiptForm.Paper>();
        for (int i = 1; i <= 12; i++) {
            papers.add(new vn.tinhso.dossier.receipt.ReceiptForm.Paper("Giấy tờ số " + i + ": bản sao có chứng thực "
                    + "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất", 1, i % 3,
                    "ban-sao-giay-chung-nhan-quyen-su-dung-dat-so-" + i + "-da-chung-thuc.pdf"));
        }
        var form = SampleReceipts.form("000.05.00.H26-251125-0042", name, papers);
        byte[] pdf = ReceiptPdf.of(form);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Giấy tờ số 12", "Công Tôn Nữ Hoàng Thị Phương Thảo", "200.000 đồng",
                    "17 giờ 30 phút, ngày 28/11/2025");
            assertThat(document.getNumberOfPages()).isBetween(1, 3);
            assertThat(PdfImages.qrCodeOn(document, document.getNumberOfPages() - 1))
                    .isEqualTo("http://localhost:8080/tracking?code=000.05.00.H26-251125-0042");
            PdfImages.save(document, "receipt-long");
        }
    }

    @Test
    void theDateLineNamesThePlaceWithoutItsKindOfUnit() {
        assertThat(Receipts.placeName("Thành phố Hải Phòng")).isEqualTo("Hải Phòng");
        assertThat(Receipts.placeName("Phường Hải Dương")).isEqualTo("Hải Dương");
    }

    private String fileOnlineAndAccept() {
        String code = fileOnline().code().value();
        reception.accept(DossierTestProcedures.DESK_OFFICER, new DossierCode(code));
        return code;
    }

    private Filed fileOnline() {
        return DossierTestProcedures.fileOnline(intake, uploads, jdbc, "tờ-khai-khai-sinh.pdf", "",
                "Số 5 Trần Hưng Đạo, Phường Hải Dương");
    }

    private CurrentUser citizen() {
        return DossierTestProcedures.demoCitizen(jdbc);
    }

    private MockHttpSession anotherCitizen() throws Exception {
        return vn.tinhso.SignIn.anotherCitizen(mvc);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
