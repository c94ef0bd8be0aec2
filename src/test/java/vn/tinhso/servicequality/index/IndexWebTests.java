package vn.tinhso.servicequality.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;

/**
 * The index over HTTP: who sees which units, the breakdown and ranking as JSON and Excel, and the framework edit,
 * refused with every problem (and nothing saved) unless it adds up, and only for system administrators and the Office.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndexWebTests {

    private static final String INVALID = """
            {"effectiveFrom": "2098-01-01", "note": "thử",
             "groups": [{"code": "TRANSPARENCY", "points": 18}, {"code": "PROGRESS", "points": 20},
                        {"code": "DIGITISATION", "points": 22}, {"code": "ONLINE", "points": 22},
                        {"code": "SATISFACTION", "points": 18}],
             "indicators": [{"code": "1.1", "points": 4, "target": 1}, {"code": "1.2", "points": 4, "target": 1},
                            {"code": "1.3", "points": 5, "target": 1}, {"code": "1.4", "points": 6, "target": 1},
                            {"code": "2.1", "points": 20, "target": 1}, {"code": "3.1", "points": 8, "target": 1},
                            {"code": "3.2", "points": 8, "target": 0.8}, {"code": "3.3", "points": 6, "target": 0.8},
                            {"code": "4.1", "points": 4, "target": 0.8}, {"code": "4.2", "points": 4, "target": 0.8},
                            {"code": "4.3", "points": 6, "target": 1.5}, {"code": "4.4", "points": 4, "target": 0.8},
                            {"code": "4.5", "points": 4, "target": 0.8}, {"code": "5.1", "points": 6, "target": 1},
                            {"code": "5.2", "points": 6, "target": 1}, {"code": "5.3", "points": 6, "target": 0.9}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    Frameworks frameworks;

    @Test
    void anOfficerSeesTheirOwnDepartmentAndNothingElse() throws Exception {
        var officer = SignIn.as(mvc, "chuyenvien.tuphap");
        mvc.perform(get("/api/service-quality/index/units/000.11.00.H26").session(officer)
                        .param("from", "2026-01-01").param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("000.11.00.H26"))
                .andExpect(jsonPath("$.maxPoints").value(100))
                .andExpect(jsonPath("$.groups.length()").value(5))
                .andExpect(jsonPath("$.groups[4].indicators[1].status").value("NO_DATA"));
        mvc.perform(get("/api/service-quality/index/units/000.09.00.H26").session(officer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/service-quality/index").session(officer).param("unit", "000.00.00.H26"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/service-quality/index/units/000.11.00.H26").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Chưa có dữ liệu trên nền tảng: 0 điểm")));
        mvc.perform(get("/api/service-quality/index").session(SignIn.as(mvc, "030095001234")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficeRanksTheProvinceAndDownloadsItAsExcel() throws Exception {
        var office = SignIn.as(mvc, "vanphong.ubnd");
        mvc.perform(get("/api/service-quality/index").session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("000.00.00.H26"))
                .andExpect(jsonPath("$.units[?(@.code == '000.11.00.H26')]").exists());
        byte[] xlsx = mvc.perform(get("/service-quality/index.xlsx").session(office)
                        .param("kind", "MONTH").param("year", "2026").param("month", "1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("chi-so-766-000.00.00.H26-2026-01-01-2026-01-31.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Xếp hạng");
            assertThat(workbook.getSheetAt(1).getRow(2).getCell(4).getStringCellValue()).isEqualTo("Tử số");
            // 16 indicators for the province and for each unit below it
            assertThat((workbook.getSheetAt(1).getLastRowNum() - 2) % 16).isZero();
        }
    }

    @Test
    void anEditThatDoesNotAddUpIsRefusedWithEveryProblemAndNothingIsSaved() throws Exception {
        int versions = frameworks.versions().size();
        mvc.perform(post("/api/service-quality/index/framework").session(SignIn.as(mvc, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(INVALID))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("servicequality.index.invalid"))
                .andExpect(jsonPath("$.problems[0].message")
                        .value("Nhóm \"Công khai, minh bạch\": tổng điểm các chỉ số là 19, khác điểm của nhóm (18)."))
                .andExpect(jsonPath("$.problems[1].message")
                        .value("Mục tiêu của chỉ số 4.3 phải lớn hơn 0% và không quá 100%."));
        mvc.perform(post("/service-quality/index/framework").session(SignIn.as(mvc, "vanphong.ubnd")).with(csrf())
                        .param("effectiveFrom", "2098-01-01").param("group-TRANSPARENCY", "18")
                        .param("points-1.3", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Ô &quot;1.3&quot; phải là một số (đã nhập: &quot;abc&quot;).")));
        mvc.perform(post("/api/service-quality/index/framework").session(SignIn.as(mvc, "chuyenvien.tuphap"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(INVALID))
                .andExpect(status().isForbidden());
        assertThat(frameworks.versions()).hasSize(versions);
    }
}
