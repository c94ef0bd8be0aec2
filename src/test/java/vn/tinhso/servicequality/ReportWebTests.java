package vn.tinhso.servicequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.SignIn;
import vn.tinhso.dossier.DossierScenario;

/**
 * The report page, its Excel file and the JSON API on the hand-counted dossiers of {@link HandCountedTests}: the
 * numbers in the cells, who may see which unit, and the problems bad parameters answer with.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWebTests {

    static final String MARCH = "from=2025-03-01&to=2025-03-31";
    /** The sheet's layout: four title rows and a blank one, two header rows, the column numbers, the fields. */
    static final int HEADER_ROW = 5;
    static final int FIRST_ROW = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    MockHttpSession justice;

    @BeforeAll
    void dossiers() throws Exception {
        HandCountedDossiers.file(context, DossierScenario.in(context), jdbc, transaction, events);
        justice = SignIn.as(mvc, "chuyenvien.tuphap");
    }

    @Test
    void theExcelFileHasTheOfficialColumnsAndTheHandCountedNumbers() throws Exception {
        byte[] file = mvc.perform(get("/service-quality/report.xlsx?unit=" + DossierScenario.JUSTICE + "&" + MARCH)
                        .session(justice))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số 06/VPCP/KSTT");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("SỞ TƯ PHÁP");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: từ ngày 01/03/2025 đến ngày 31/03/2025");
            Row groups = sheet.getRow(HEADER_ROW);
            Row labels = sheet.getRow(HEADER_ROW + 1);
            assertThat(groups.getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(groups.getCell(2).getStringCellValue()).isEqualTo("Số hồ sơ nhận giải quyết");
            assertThat(groups.getCell(6).getStringCellValue()).isEqualTo("Số hồ sơ đã giải quyết");
            assertThat(groups.getCell(10).getStringCellValue()).isEqualTo("Số hồ sơ đang giải quyết");
            assertThat(texts(labels, 2, 13)).containsExactly("Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính",
                    "Từ kỳ trước chuyển sang", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn",
                    "Quá hạn");
            assertThat(texts(sheet.getRow(HEADER_ROW + 2), 0, 13)).startsWith("(1)", "(2)", "(3)")
                    .endsWith("(13)");
            assertThat(sheet.getMergedRegions()).extracting(region -> region.formatAsString())
                    .contains("C6:F6", "G6:J6", "K6:M6", "A6:A7", "B6:B7", "A2:M2");
            Row field = sheet.getRow(FIRST_ROW);
            assertThat(field.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(field.getCell(1).getStringCellValue()).isEqualTo("Lĩnh vực thử nghiệm thống kê");
            assertThat(field.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(numbers(field)).containsExactly(10L, 5L, 3L, 2L, 5L, 1L, 2L, 2L, 4L, 1L, 3L);
            Row total = sheet.getRow(FIRST_ROW + 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(numbers(total)).containsExactly(10L, 5L, 3L, 2L, 5L, 1L, 2L, 2L, 4L, 1L, 3L);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) FIRST_ROW);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        }
    }

    @Test
    void thePageShowsTheSameTableWithLinksToTheDossiers() throws Exception {
        mvc.perform(get("/service-quality/report?unit=" + DossierScenario.JUSTICE + "&" + MARCH).session(justice))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI SỞ TƯ PHÁP")))
                .andExpect(content().string(containsString("Lĩnh vực thử nghiệm thống kê")))
                .andExpect(content().string(containsString("measure=OVERDUE")));
        mvc.perform(get("/service-quality/report/dossiers?unit=" + DossierScenario.JUSTICE
                        + "&measure=RESOLVED_LATE&" + MARCH).session(justice))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hồ sơ giải quyết quá hạn")));
        mvc.perform(get("/service-quality/report").session(justice)).andExpect(status().isOk());
    }

    @Test
    void theApiAnswersEveryFigureWithItsRates() throws Exception {
        mvc.perform(get("/api/service-quality/figures?unit=" + DossierScenario.JUSTICE + "&field="
                        + DossierScenario.FIELD + "&" + MARCH).session(justice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value(DossierScenario.JUSTICE))
                .andExpect(jsonPath("$.period.from").value("2025-03-01"))
                .andExpect(jsonPath("$.figures.receivedTotal").value(10))
                .andExpect(jsonPath("$.figures.carriedOver").value(2))
                .andExpect(jsonPath("$.figures.inProgressOverdue").value(3))
                .andExpect(jsonPath("$.figures.onTimeRate").value(0.6))
                .andExpect(jsonPath("$.figures.onlineRate").value(0.625));
        mvc.perform(get("/api/service-quality/fields?unit=" + DossierScenario.JUSTICE + "&" + MARCH).session(justice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].fieldCode").value(DossierScenario.FIELD));
        mvc.perform(get("/api/service-quality/trend?unit=" + DossierScenario.JUSTICE
                        + "&step=MONTH&from=2025-02-01&to=2025-04-30").session(justice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.length()").value(3));
        mvc.perform(get("/api/service-quality/dossiers?unit=" + DossierScenario.JUSTICE + "&measure=OVERDUE&"
                        + MARCH).session(justice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.length()").value(3));
        mvc.perform(get("/api/service-quality/report?unit=" + DossierScenario.JUSTICE + "&" + MARCH).session(justice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.resolvedLate").value(2));
        mvc.perform(get("/api/service-quality/units").session(justice))
                .andExpect(jsonPath("$[*].code").value(hasItem(DossierScenario.JUSTICE)));
    }

    @Test
    void theProvinceIsForTheOfficeAndAdministratorsAndUnitsForTheirOfficers() throws Exception {
        String province = "/api/service-quality/figures?unit=000.00.00.H26&" + MARCH;
        mvc.perform(get(province).session(SignIn.as(mvc, "admin"))).andExpect(status().isOk());
        mvc.perform(get(province).session(SignIn.as(mvc, "dti.hoidong"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.resolvedLate").value(2));
        mvc.perform(get(province).session(justice)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("error.not-found"));
        MockHttpSession ward = SignIn.as(mvc, "motcua.haiduong");
        mvc.perform(get("/api/service-quality/figures?unit=" + DossierScenario.JUSTICE + "&" + MARCH).session(ward))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/service-quality/dossiers?unit=" + DossierScenario.JUSTICE + "&measure=OVERDUE&"
                + MARCH).session(ward)).andExpect(status().isNotFound());
        mvc.perform(get("/service-quality/report?unit=" + DossierScenario.JUSTICE).session(ward))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/service-quality/figures?unit=525.00.00.H26").session(ward)).andExpect(status().isOk());
        mvc.perform(get(province).session(SignIn.as(mvc, "030095001234"))).andExpect(status().isForbidden());
        mvc.perform(get(province)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/service-quality/recomputations").with(csrf()).session(justice))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAnswerProblemsWithStableCodes() throws Exception {
        String unit = "/api/service-quality/figures?unit=" + DossierScenario.JUSTICE;
        mvc.perform(get(unit + "&from=2025-03-31&to=2025-03-01").session(justice))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.code").value("servicequality.period.reversed"));
        mvc.perform(get(unit + "&from=2025-13-45&to=2025-03-01").session(justice))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.400"));
        mvc.perform(get(unit + "&from=2025-03-01").session(justice))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("servicequality.period.missing"));
        mvc.perform(get(unit + "&from=2015-01-01&to=2025-01-01").session(justice))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("servicequality.period.too-long"));
        mvc.perform(get(unit + "&field=KHONG-CO").session(justice))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("error.not-found"));
        mvc.perform(get("/api/service-quality/figures?unit=999.99.99.H99").session(justice))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/service-quality/figures").session(justice)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/service-quality/dossiers?unit=" + DossierScenario.JUSTICE + "&measure=NONSENSE")
                .session(justice)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/service-quality/dossiers?unit=" + DossierScenario.JUSTICE + "&measure=OVERDUE&limit=0")
                .session(justice)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("servicequality.limit"));
        mvc.perform(get("/api/service-quality/trend?unit=" + DossierScenario.JUSTICE + "&step=DAY").session(justice))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/service-quality/report?unit=" + DossierScenario.JUSTICE + "&from=2025-03-31&to=2025-03-01")
                .session(justice)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("phải trước hoặc trùng ngày kết thúc")));
    }

    @Test
    void administratorsRecomputeAndFollowTheProgress() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin");
        mvc.perform(post("/service-quality/recomputation").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        DossierCounts.settle(jdbc);
        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                "SELECT status FROM sq_recomputation ORDER BY id DESC LIMIT 1").query(String.class).single()
                .equals("DONE"));
        mvc.perform(get("/service-quality/recomputation").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã xong")));
        mvc.perform(get("/api/service-quality/recomputations/latest").session(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(get("/api/service-quality/figures?unit=" + DossierScenario.JUSTICE + "&field="
                        + DossierScenario.FIELD + "&" + MARCH).session(justice))
                .andExpect(jsonPath("$.figures.receivedTotal").value(10));
    }

    private static List<String> texts(Row row, int from, int to) {
        var texts = new ArrayList<String>();
        for (int i = from; i < to; i++) {
            texts.add(row.getCell(i).getStringCellValue());
        }
        return texts;
    }

    private static List<Long> numbers(Row row) {
        var numbers = new ArrayList<Long>();
        for (int i = 2; i < 13; i++) {
            numbers.add((long) row.getCell(i).getNumericCellValue());
        }
        return numbers;
    }
}
