package vn.tinhso.dti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.tinhso.SignIn;
import vn.tinhso.dti.cycle.StoredFrameworks;

/**
 * Frameworks are versioned data: the shipped ones are stored at start; a new version is imported from JSON or a
 * workbook by the keepers of the reference data, validated whole — every problem listed, nothing stored until valid.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StoredFrameworks frameworks;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theThreeShippedFrameworksAreStoredAtStartAndListedWithTheirIndicators() throws Exception {
        assertThat(frameworks.latest("922-province")).isPresent();
        assertThat(frameworks.latest("297-department")).isPresent();
        assertThat(frameworks.latest("commune-2025")).isPresent();
        mvc.perform(get("/api/dti/frameworks"))
                .andExpect(jsonPath("$[*].code", hasItem("922-province")))
                .andExpect(jsonPath("$[?(@.code == '922-province')].totalPoints", hasItem("1000")));
        long id = frameworks.latest("297-department").orElseThrow().id();
        mvc.perform(get("/dti/frameworks/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An toàn thông tin mạng")))
                .andExpect(content().string(containsString("HDCDS-01")));
    }

    @Test
    void aNewVersionIsImportedFromJsonByTheDtiDepartment() throws Exception {
        ObjectNode document = shipped("commune-2025");
        document.put("version", 2);
        document.put("effectiveFrom", "2026-01-01");
        upload(SignIn.as(mvc, "dti.khcn"), bytes(document), "commune-2025-v2.json")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("commune-2025"))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(frameworks.latest("commune-2025").orElseThrow().version()).isEqualTo(2);
        upload(SignIn.as(mvc, "dti.khcn"), bytes(document), "commune-2025-v2.json")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("dti.framework.version-exists"));
    }

    @Test
    void anInvalidFileListsEveryProblemAndStoresNothing() throws Exception {
        ObjectNode document = shipped("297-department");
        document.put("version", 9);
        var indicators = (tools.jackson.databind.node.ArrayNode) document.get("indicators");
        ((ObjectNode) indicators.get(0)).put("maxPoints", 11);
        ((ObjectNode) indicators.get(1)).put("mainIndex", "KHONG-CO");
        int before = count();
        upload(SignIn.as(mvc, "admin"), bytes(document), "sai.json")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.framework.invalid"))
                .andExpect(jsonPath("$.problems.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.problems", hasItem(containsString("KHONG-CO"))));
        mvc.perform(multipart("/dti/frameworks/import").file(new MockMultipartFile("file", "sai.json",
                                "application/json", bytes(document)))
                        .session(SignIn.as(mvc, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("KHONG-CO")));
        upload(SignIn.as(mvc, "admin"), "không phải tệp".getBytes(StandardCharsets.UTF_8), "x.txt")
                .andExpect(jsonPath("$.code").value("dti.framework.file-kind"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWorkbookExportedFromAFrameworkReadsBackTheSameFramework() throws Exception {
        long id = frameworks.latest("922-province").orElseThrow().id();
        byte[] workbook = mvc.perform(get("/dti/frameworks/{id}.xlsx", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        upload(SignIn.as(mvc, "admin"), workbook, "922.xlsx")
                .andExpect(status().isConflict()) // read and valid: only its version is taken
                .andExpect(jsonPath("$.detail", containsString("922-province")));
        mvc.perform(multipart("/dti/frameworks/import").file(new MockMultipartFile("file", "922.xlsx",
                        "application/octet-stream", workbook)).session(SignIn.as(mvc, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã có phiên bản 1")));
    }

    @Test
    void onlyTheKeepersOfReferenceDataImport() throws Exception {
        ObjectNode document = shipped("commune-2025");
        document.put("version", 7);
        upload(SignIn.as(mvc, "chuyenvien.tuphap"), bytes(document), "v7.json")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("dti.framework.not-keeper"));
        mvc.perform(multipart("/api/dti/frameworks").file(new MockMultipartFile("file", "v7.json",
                        "application/json", bytes(document))).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/dti/frameworks/import").file(new MockMultipartFile("file", "v7.json",
                        "application/json", bytes(document))).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(frameworks.latest("commune-2025").orElseThrow().version()).isLessThan(7);
    }

    private ResultActions upload(MockHttpSession session, byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/api/dti/frameworks")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .session(session).with(csrf()));
    }

    private ObjectNode shipped(String code) throws Exception {
        byte[] body = mvc.perform(get("/api/dti/frameworks/{id}", frameworks.latest(code).orElseThrow().id()))
                .andReturn().getResponse().getContentAsByteArray();
        ObjectNode document = (ObjectNode) json.readTree(body);
        return document;
    }

    private byte[] bytes(ObjectNode document) {
        return json.writeValueAsBytes(document);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM dti_framework").query(Integer.class).single();
    }
}
