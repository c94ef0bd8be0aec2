package vn.tinhso.dossier.signing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Anyone can check a signed result on /verify or over the API; tampered files and other uploads are told apart. */
@SpringBootTest
@AutoConfigureMockMvc
class SignatureVerificationPagesTests {

    private static final String AGENCY = "000.11.00.H26";
    private static final String AGENCY_NAME = "Sở Tư pháp thành phố Hải Phòng";

    @Autowired
    MockMvc mvc;
    @Autowired
    ResultSigner signer;

    byte[] signed;

    @BeforeEach
    void signAResult() throws Exception {
        signed = signer.sign(SamplePdfs.result(), AGENCY, "Kết quả hồ sơ 000.11.00.H26-260101-0001");
    }

    @Test
    void thePageIsPublicAndInVietnamese() throws Exception {
        mvc.perform(get("/verify"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiểm tra chữ ký số trên văn bản")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aSignedResultShowsAValidSignatureAndWhoSigned() throws Exception {
        mvc.perform(page(signed, "ket-qua.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chữ ký hợp lệ")))
                .andExpect(content().string(containsString(AGENCY_NAME)))
                .andExpect(content().string(containsString(AGENCY)))
                .andExpect(content().string(containsString("Kết quả hồ sơ 000.11.00.H26-260101-0001")))
                .andExpect(content().string(not(containsString("alert error"))));
    }

    @Test
    void aTamperedResultShowsARedWarning() throws Exception {
        mvc.perform(page(SamplePdfs.withMarkerChanged(signed), "ket-qua.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"alert error\"")))
                .andExpect(content().string(containsString("Văn bản đã bị sửa đổi")))
                .andExpect(content().string(not(containsString("Chữ ký hợp lệ"))));
    }

    @Test
    void aTextFileIsRefusedInVietnamese() throws Exception {
        mvc.perform(page("Xin chào".getBytes(StandardCharsets.UTF_8), "ghi-chu.txt"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("không phải là tệp PDF")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void noFileIsRefusedInVietnamese() throws Exception {
        mvc.perform(page(new byte[0], "trong.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vui lòng chọn một tệp PDF")));
    }

    @Test
    void theApiAnswersWithTheCheck() throws Exception {
        mvc.perform(api(signed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signed").value(true))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.trusted").value(true))
                .andExpect(jsonPath("$.signer").value(AGENCY_NAME))
                .andExpect(jsonPath("$.agencyCode").value(AGENCY))
                .andExpect(jsonPath("$.problem").doesNotExist());
        mvc.perform(api(SamplePdfs.withMarkerChanged(signed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signed").value(true))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.problem").value("modified"));
    }

    @Test
    void theApiRefusesWhatIsNotAPdfAsAProblem() throws Exception {
        mvc.perform(api("plain text".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("signing.upload.not-pdf"));
    }

    private static MockMultipartHttpServletRequestBuilder page(byte[] bytes, String name) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/verify")
                .file(new MockMultipartFile("file", name, MediaType.APPLICATION_PDF_VALUE, bytes))
                .with(csrf());
    }

    /** Machines call the API without a session or CSRF token: it changes nothing. */
    private static MockMultipartHttpServletRequestBuilder api(byte[] bytes) {
        return multipart("/api/signatures/verification")
                .file(new MockMultipartFile("file", "ket-qua.pdf", MediaType.APPLICATION_PDF_VALUE, bytes));
    }

    @Test
    void thePageStillNeedsItsCsrfToken() throws Exception {
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "ket-qua.pdf",
                        MediaType.APPLICATION_PDF_VALUE, signed)))
                .andExpect(status().isForbidden());
    }
}
