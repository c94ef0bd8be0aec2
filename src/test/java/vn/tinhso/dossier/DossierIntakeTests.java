package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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

/** Filing online over the API, with every kind of bad input the one-stop shop meets. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierIntakeTests {

    static final String CITIZEN = "030095001234";
    static final String APPLICANT = """
            {"fullName": "Nguyễn Văn An", "identityNumber": "%s", "phone": "0912345678", "email": "an@example.vn"}""";

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
        citizen = signIn(CITIZEN);
    }

    @Test
    void aCitizenFilesOnlineAndGetsTheCodeTheStatusAndTheExpectedDueDate() throws Exception {
        String upload = upload(citizen, "to-khai.pdf", DossierTestProcedures.PDF);
        mvc.perform(file(citizen, submission(DossierTestProcedures.ONLINE, DossierTestProcedures.COMMUNE, CITIZEN, upload), null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/dossiers/525.00.00.H26-")))
                .andExpect(jsonPath("$.code").value(matchesPattern("525\\.00\\.00\\.H26-\\d{6}-\\d{4}")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.dueAt").exists())
                .andExpect(jsonPath("$.workingDaysLeft").isNumber());
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyNeverFilesTwice() throws Exception {
        String upload = upload(citizen, "to-khai.pdf", DossierTestProcedures.PDF);
        String body = submission(DossierTestProcedures.ONLINE, DossierTestProcedures.COMMUNE, CITIZEN, upload);
        String first = mvc.perform(file(citizen, body, "nop-lan-1-abc")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(first, "$.code");
        mvc.perform(file(citizen, body, "nop-lan-1-abc")).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code)).andExpect(jsonPath("$.repeated").value(true));
        assertThat(count("SELECT count(*) FROM dossier WHERE idempotency_key = 'nop-lan-1-abc'")).isEqualTo(1);
    }

    @Test
    void aMissingRequiredDocumentIsRefusedAndNothingIsCreated() throws Exception {
        long before = count("SELECT count(*) FROM dossier");
        mvc.perform(file(citizen, submission(DossierTestProcedures.ONLINE, DossierTestProcedures.COMMUNE, CITIZEN, null), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("dossier.document.missing"))
                .andExpect(jsonPath("$.detail").value("Còn thiếu giấy tờ bắt buộc: Tờ khai đăng ký khai sinh."));
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(before);
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefused() throws Exception {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        mvc.perform(multipart("/api/dossiers/uploads").file(new MockMultipartFile("file", "giay-to.pdf",
                        "application/pdf", executable)).session(citizen).with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("dossier.file.type"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithAVietnameseMessage() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(DossierTestProcedures.PDF, 0, big, 0, DossierTestProcedures.PDF.length);
        mvc.perform(multipart("/api/dossiers/uploads").file(new MockMultipartFile("file", "ban-quet.pdf",
                        "application/pdf", big)).session(citizen).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("dossier.file.too-large"))
                .andExpect(jsonPath("$.detail").value("Tệp vượt quá dung lượng cho phép (10 MB)."));
    }

    @Test
    void aPathTrickInTheFileNameIsKeptOnlyAsAHarmlessDisplayName() throws Exception {
        mvc.perform(multipart("/api/dossiers/uploads").file(new MockMultipartFile("file", "../../etc/passwd.pdf",
                        "application/pdf", DossierTestProcedures.PDF)).session(citizen).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("passwd.pdf"))
                .andExpect(jsonPath("$.sha256").value(matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void aWrongIdentityNumberIsExplainedInVietnamese() throws Exception {
        String upload = upload(citizen, "to-khai.pdf", DossierTestProcedures.PDF);
        mvc.perform(file(citizen, submission(DossierTestProcedures.ONLINE, DossierTestProcedures.COMMUNE, "003095001234", upload), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("identity.number.province"));
    }

    @Test
    void aProcedureNotOfferedOnlineIsRefused() throws Exception {
        mvc.perform(file(citizen, submission(DossierTestProcedures.DESK_ONLY, DossierTestProcedures.COMMUNE, CITIZEN, null), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dossier.procedure-not-online"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/dossiers").session(citizen).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedureCode\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadable"));
    }

    @Test
    void anOfficerCannotFileOnlineAndAnonymousCallersMustSignIn() throws Exception {
        String body = submission(DossierTestProcedures.ONLINE, DossierTestProcedures.COMMUNE, CITIZEN, null);
        mvc.perform(file(signIn("motcua.haiduong"), body, null)).andExpect(status().isForbidden());
        mvc.perform(post("/api/dossiers").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theDailySequenceStopsWithAClearErrorAt9999() throws Exception {
        jdbc.sql("""
                INSERT INTO dossier_sequence (agency_code, day, last_value)
                VALUES (:agency, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 9999)
                ON CONFLICT (agency_code, day) DO UPDATE SET last_value = 9999
                """).param("agency", DossierTestProcedures.OTHER_COMMUNE).update();
        long before = count("SELECT count(*) FROM dossier");
        String upload = upload(citizen, "to-khai.pdf", DossierTestProcedures.PDF);
        mvc.perform(file(citizen, submission(DossierTestProcedures.ONLINE, DossierTestProcedures.OTHER_COMMUNE, CITIZEN, upload), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dossier.code.exhausted"));
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM dossier_upload WHERE id = '" + upload + "' AND claimed_by IS NULL"))
                .isEqualTo(1);
    }

    String upload(MockHttpSession session, String name, byte[] content) throws Exception {
        String answer = mvc.perform(multipart("/api/dossiers/uploads")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .session(session).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    static String submission(String procedure, String agency, String identityNumber, String upload) {
        String documents = upload == null ? "[]" : "[{\"paper\": 0, \"upload\": \"" + upload + "\"}]";
        return """
                {"procedureCode": "%s", "agencyCode": "%s", "applicant": %s, "documents": %s}"""
                .formatted(procedure, agency, APPLICANT.formatted(identityNumber), documents);
    }

    MockHttpServletRequestBuilder file(MockHttpSession session, String body, String idempotencyKey) {
        var request = post("/api/dossiers").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    MockHttpSession signIn(String username) throws Exception {
        return SignIn.as(mvc, username);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
