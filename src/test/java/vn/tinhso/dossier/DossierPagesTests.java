package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tinhso.SignIn;
import vn.tinhso.procedure.Procedures;

/** The filing pages keep what people typed and uploaded, file once per click-happy submission, hide others' dossiers. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierPagesTests {

    private static final Pattern UPLOAD_ID = Pattern.compile("name=\"uploads\\[0\\]\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession citizen;

    @BeforeEach
    void signIn() throws Exception {
        DossierTestProcedures.publish(procedures);
        citizen = SignIn.as(mvc, "030095001234");
    }

    @Test
    void theFormNeedsASignedInCitizen() throws Exception {
        mvc.perform(get("/dossiers/new").param("procedure", DossierTestProcedures.ONLINE).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/dossiers/new").param("procedure", DossierTestProcedures.ONLINE).session(citizen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tờ khai đăng ký khai sinh")))
                .andExpect(content().string(containsString("value=\"030095001234\"")));
    }

    @Test
    void aCorrectionDoesNotAskForTheFilesAgain() throws Exception {
        String page = mvc.perform(form("003095001234", "").file(pdf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải mã tỉnh")))
                .andExpect(content().string(containsString("Đã tải lên: to-khai.pdf")))
                .andReturn().getResponse().getContentAsString();
        var kept = UPLOAD_ID.matcher(page);
        assertThat(kept.find()).isTrue();
        mvc.perform(form("030095001234", kept.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiểm tra trước khi nộp")))
                .andExpect(content().string(containsString("to-khai.pdf")));
    }

    @Test
    void aMissingRequiredPaperIsNamed() throws Exception {
        mvc.perform(form("030095001234", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Còn thiếu giấy tờ bắt buộc: Tờ khai đăng ký khai sinh.")));
    }

    @Test
    void clickingNopTwiceFilesOneDossier() throws Exception {
        String upload = uploadId();
        String token = UUID.randomUUID().toString();
        String first = mvc.perform(submit(token, upload)).andExpect(redirectedUrlPattern("/dossiers/*?filed"))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(submit(token, upload)).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE idempotency_key = :key").param("key", "web-" + token)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(first.substring(0, first.indexOf('?'))).session(citizen))
                .andExpect(content().string(containsString("Mới đăng ký")))
                .andExpect(content().string(containsString("còn ")));
    }

    @Test
    void anotherCitizenAndAnotherAgencysOfficerCannotOpenTheDossier() throws Exception {
        String location = mvc.perform(submit(UUID.randomUUID().toString(), uploadId()))
                .andReturn().getResponse().getRedirectedUrl();
        String page = location.substring(0, location.indexOf('?'));
        mvc.perform(get(page).session(SignIn.as(mvc, "chuyenvien.tuphap"))).andExpect(status().isNotFound());
        mvc.perform(get(page).session(SignIn.as(mvc, "motcua.haiduong"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiếp nhận hồ sơ")));
    }

    @Test
    void trackingShowsTheStatusOnlyWithTheRightDigits() throws Exception {
        String location = mvc.perform(submit(UUID.randomUUID().toString(), uploadId()))
                .andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/dossiers/".length(), location.indexOf('?'));
        mvc.perform(get("/tracking").param("code", code).param("key", "1234"))
                .andExpect(content().string(containsString("Mới đăng ký")));
        mvc.perform(get("/tracking").param("code", code).param("key", "9999"))
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ")))
                .andExpect(content().string(not(containsString("Mới đăng ký"))));
    }

    @Test
    void theApplicantSendsTheMissingPapersAndTheDossierGoesBackToTheDesk() throws Exception {
        String location = mvc.perform(submit(UUID.randomUUID().toString(), uploadId()))
                .andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/dossiers/".length(), location.indexOf('?'));
        mvc.perform(post("/dossiers/{c}/supplement", code).param("missing", "Giấy ủy quyền có chứng thực")
                .session(SignIn.as(mvc, "motcua.haiduong")).with(csrf()));
        mvc.perform(get("/dossiers/{c}", code).session(citizen))
                .andExpect(content().string(containsString("Giấy ủy quyền có chứng thực")))
                .andExpect(content().string(containsString("Gửi giấy tờ bổ sung")));

        mvc.perform(multipart("/dossiers/{c}/supplement-papers", code).session(citizen).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code));
        mvc.perform(multipart("/dossiers/{c}/supplement-papers", code)
                        .file(new MockMultipartFile("file-1", "uy-quyen.pdf", "application/pdf", DossierTestProcedures.PDF))
                        .session(citizen).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code));
        mvc.perform(get("/dossiers/{c}", code).session(citizen))
                .andExpect(content().string(containsString("Mới đăng ký")))
                .andExpect(content().string(containsString("uy-quyen.pdf")))
                .andExpect(content().string(containsString("Đã bổ sung giấy tờ")));
    }

    @Test
    void anotherCitizenCannotSupplementSomeoneElsesDossier() throws Exception {
        String location = mvc.perform(submit(UUID.randomUUID().toString(), uploadId()))
                .andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/dossiers/".length(), location.indexOf('?'));
        mvc.perform(post("/register").with(csrf()).param("identityNumber", "001190001111").param("fullName", "Lê Thị Khác")
                .param("birthDate", "1990-01-01").param("email", "").param("phone", "")
                .param("password", "Mật khẩu 12345").param("confirmPassword", "Mật khẩu 12345"));
        var other = (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", "001190001111")
                .param("password", "Mật khẩu 12345")).andReturn().getRequest().getSession();
        mvc.perform(multipart("/dossiers/{c}/supplement-papers", code)
                        .file(new MockMultipartFile("file-1", "x.pdf", "application/pdf", DossierTestProcedures.PDF))
                        .session(other).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    private String uploadId() throws Exception {
        var matcher = UPLOAD_ID.matcher(mvc.perform(form("003095001234", "").file(pdf()))
                .andReturn().getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder form(
            String identityNumber, String upload) {
        var request = multipart("/dossiers/new");
        request.session(citizen).with(csrf())
                .param("procedureCode", DossierTestProcedures.ONLINE).param("agencyCode", DossierTestProcedures.COMMUNE)
                .param("fullName", "Nguyễn Văn An").param("identityNumber", identityNumber)
                .param("phone", "0912345678").param("email", "").param("address", "")
                .param("token", UUID.randomUUID().toString())
                .param("uploads[0]", upload).param("uploads[1]", "")
                .param("uploadNames[0]", upload.isEmpty() ? "" : "to-khai.pdf").param("uploadNames[1]", "");
        return request;
    }

    private MockHttpServletRequestBuilder submit(String token, String upload) {
        return post("/dossiers").session(citizen).with(csrf())
                .param("procedureCode", DossierTestProcedures.ONLINE).param("agencyCode", DossierTestProcedures.COMMUNE)
                .param("fullName", "Nguyễn Văn An").param("identityNumber", "030095001234")
                .param("phone", "0912345678").param("email", "").param("address", "").param("token", token)
                .param("uploads[0]", upload).param("uploads[1]", "")
                .param("uploadNames[0]", "to-khai.pdf").param("uploadNames[1]", "");
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file-0", "to-khai.pdf", "application/pdf", DossierTestProcedures.PDF);
    }
}
