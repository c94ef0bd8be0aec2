package vn.tinhso.dti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.SignIn;

/**
 * The province among all provinces: national tables imported whole or not at all; the shipped illustrative tables
 * place Hải Dương as the article says (14/63 in 2021, 13/63 in 2022 — up one, three main indices down, two up); the
 * path to ranks 12 and 10.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalTableTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession admin;

    @BeforeEach
    void importTheShippedTables() throws Exception {
        admin = SignIn.as(mvc, "admin");
        for (int year = 2021; year <= 2023; year++) {
            try (InputStream in = new ClassPathResource("dti/national/dti-" + year + ".csv").getInputStream()) {
                upload(admin, year, in.readAllBytes()).andExpect(status().isCreated())
                        .andExpect(jsonPath("$.rows.length()").value(63));
            }
        }
    }

    @Test
    void theShippedTablesPlaceHaiDuongAsTheArticleSays() throws Exception {
        mvc.perform(get("/api/dti/province").param("year", "2021"))
                .andExpect(jsonPath("$.rank").value(14)).andExpect(jsonPath("$.ranked").value(63));
        mvc.perform(get("/api/dti/province").param("year", "2022"))
                .andExpect(jsonPath("$.name").value("Tỉnh Hải Dương"))
                .andExpect(jsonPath("$.rank").value(13))
                .andExpect(jsonPath("$.illustrative").value(true))
                .andExpect(jsonPath("$.summary", containsString("Tỉnh Hải Dương xếp thứ 13/63, tăng 1 bậc so với năm 2021")))
                .andExpect(jsonPath("$.summary", containsString("3 chỉ số chính tụt hạng")))
                .andExpect(jsonPath("$.summary", containsString("2 chỉ số chính tăng hạng")))
                .andExpect(jsonPath("$.indices.length()").value(8));
        mvc.perform(get("/api/dti/province/history"))
                .andExpect(jsonPath("$[0].rank").value(14))
                .andExpect(jsonPath("$[1].rank").value(13));
    }

    @Test
    void thePathToRanksTwelveAndTenNamesThePointsNeededAndThePlan() throws Exception {
        mvc.perform(get("/api/dti/province/path").param("target", "10").param("year", "2022"))
                .andExpect(jsonPath("$.currentRank").value(13))
                .andExpect(jsonPath("$.pointsGap").value(greaterThan(0.0)))
                .andExpect(jsonPath("$.plan.length()").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.reachable").value(true));
        mvc.perform(get("/api/dti/province/path").param("target", "13").param("year", "2022"))
                .andExpect(jsonPath("$.pointsGap").value(0));
        mvc.perform(get("/api/dti/province/path").param("target", "0").param("year", "2022"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.province.target"));
        mvc.perform(get("/dti/province").param("year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"path-12\"")))
                .andExpect(content().string(containsString("id=\"path-10\"")))
                .andExpect(content().string(containsString("13/63")))
                .andExpect(content().string(containsString("Số liệu minh họa")));
    }

    @Test
    void aTableWithBadCellsListsEveryProblemAndStoresNothing() throws Exception {
        String csv = """
                province_code,province_name,NTS,TCS,HTS,NLS,ATTT,CQS,KTS,ABC
                01,Thành phố Hà Nội,0.8,0.8,0.8,0.8,0.8,1.2,0.8,0.5
                01,Trùng mã,0.8,0.8,0.8,0.8,0.8,0.8,0.8,0.5
                3,,0.7,0.7,0.7,0.7,0.7,0.7,không,0.5
                """;
        upload(admin, 2019, csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.national.invalid"))
                .andExpect(jsonPath("$.problems[*].code", hasItem("dti.national.unknown-index")))
                .andExpect(jsonPath("$.problems[*].code", hasItem("dti.national.missing-index")))
                .andExpect(jsonPath("$.problems[*].code", hasItem("dti.national.bad-value")))
                .andExpect(jsonPath("$.problems[*].code", hasItem("dti.national.duplicate-province")))
                .andExpect(jsonPath("$.problems[*].code", hasItem("dti.national.bad-province")))
                .andExpect(jsonPath("$.problems[*].code", hasItem("dti.national.no-name")));
        mvc.perform(multipart("/dti/national/import").file(new MockMultipartFile("file", "dti-2019.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8))).param("year", "2019")
                        .session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("Giá trị “1.2” của CQS phải là số từ 0 đến 1")));
        assertThat(jdbc.sql("SELECT count(*) FROM dti_national_table WHERE year = 2019").query(Integer.class).single())
                .isZero();
    }

    @Test
    void onlyTheKeepersOfReferenceDataImportATable() throws Exception {
        upload(SignIn.as(mvc, "chuyenvien.tuphap"), 2018, "x".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isForbidden());
        upload(SignIn.as(mvc, "dti.khcn"), 2018, """
                province_code,province_name,NTS,TCS,HTS,NLS,ATTT,CQS,KTS,XHS
                01,Thành phố Hà Nội,0.8,0.8,0.8,0.8,0.8,0.8,0.8,0.8
                30,Tỉnh Hải Dương,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.7
                """.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/dti/province").param("year", "2018")).andExpect(jsonPath("$.rank").value(2));
    }

    @Test
    void aWorkbookTableIsReadLikeACsvOne() throws Exception {
        byte[] workbook;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("DTI");
            String[] head = {"province_code", "province_name", "NTS", "TCS", "HTS", "NLS", "ATTT", "CQS", "KTS", "XHS"};
            var header = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                header.createCell(c).setCellValue(head[c]);
            }
            Object[][] rows = {{"01", "Thành phố Hà Nội", 0.9}, {"30", "Tỉnh Hải Dương", 0.8}, {"31", "Thành phố Hải Phòng", 0.85}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                for (int c = 2; c < head.length; c++) {
                    row.createCell(c).setCellValue((Double) rows[r][2]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        upload(admin, 2017 + 1, workbook).andExpect(status().isCreated()).andExpect(jsonPath("$.rows.length()").value(3));
        mvc.perform(get("/api/dti/province").param("year", "2018")).andExpect(jsonPath("$.rank").value(3));
    }

    @Test
    void theEffortOfAnIndicatorIsEditableDataWithinItsRange() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dti/efforts")
                        .session(admin).with(csrf()).param("framework", "922-province").param("code", "NTS-02")
                        .param("effort", "11"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "dti.effort.range"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dti/efforts")
                        .session(admin).with(csrf()).param("framework", "922-province").param("code", "NTS-02")
                        .param("effort", "8"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "dti.notice.saved"));
        mvc.perform(get("/api/dti/province/path").param("target", "10").param("year", "2022"))
                .andExpect(jsonPath("$.plan[0].code").value(org.hamcrest.Matchers.not("NTS-02"))); // first at effort 1
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dti/efforts")
                        .session(SignIn.as(mvc, "chuyenvien.tuphap")).with(csrf()).param("framework", "922-province")
                        .param("code", "NTS-02").param("effort", "2"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT effort FROM dti_effort WHERE framework_code = '922-province' AND indicator_code = 'NTS-02'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8");
    }

    private ResultActions upload(MockHttpSession session, int year, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/dti/national/{year}", year)
                .file(new MockMultipartFile("file", "dti-" + year + ".csv", "text/csv", content))
                .param("source", "Số liệu minh họa").param("illustrative", "true")
                .session(session).with(csrf()));
    }
}
