package vn.tinhso.procedure.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.procedure.pages.TestCatalogue.CONSTRUCTION;
import static vn.tinhso.procedure.pages.TestCatalogue.JUSTICE;
import static vn.tinhso.procedure.pages.TestCatalogue.TODAY;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/**
 * The statistics of a small catalogue of its own field: Justice has A (toàn trình, portal, fee) and B (một phần,
 * shared with Construction); Construction has B and C (not online, portal, fee); a commune desk has D (toàn trình,
 * portal, free); E was abolished.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueStatisticsPageTests {

    private static final String COMMUNE_DESK = "525.01.00.H26";
    private static final Pattern NUMBER_CELL = Pattern.compile("<td class=\"number\">(\\d+)%?</td>");

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;

    @BeforeAll
    void smallCatalogue() {
        procedures.addFields(List.of(new Field("PGSTAT", "Lĩnh vực thống kê (thử)")));
        var fee = List.of(new Fee("", Fee.Kind.CHARGE, "Lệ phí", 50_000, ""));
        publish("9.303001", details(ProcedureLevel.PROVINCE, List.of(JUSTICE), OnlineLevel.FULL_PROCESS, true, fee, false));
        publish("9.303002", details(ProcedureLevel.PROVINCE, List.of(JUSTICE, CONSTRUCTION), OnlineLevel.PARTIAL, false, List.of(), false));
        publish("9.303003", details(ProcedureLevel.PROVINCE, List.of(CONSTRUCTION), OnlineLevel.NONE, true, fee, false));
        publish("9.303004", details(ProcedureLevel.COMMUNE, List.of(COMMUNE_DESK), OnlineLevel.FULL_PROCESS, true,
                List.of(new Fee("", Fee.Kind.CHARGE, "Miễn lệ phí", 0, "")), false));
        publish("9.303005", details(ProcedureLevel.PROVINCE, List.of(JUSTICE), OnlineLevel.FULL_PROCESS, true, fee, false));
        procedures.publish(new Publication(new ProcedureCode("9.303005"), TODAY,
                details(ProcedureLevel.PROVINCE, List.of(JUSTICE), OnlineLevel.FULL_PROCESS, true, fee, true)), "tester");
    }

    @Test
    void thePageCountsEachAgencyLevelAndTheProvince() throws Exception {
        String page = mvc.perform(get("/procedures/statistics").param("field", "PGSTAT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // offered, một phần, toàn trình, online share, on the portal, with fees
        assertThat(row(page, "agency-" + JUSTICE + "-PROVINCE")).containsExactly(2L, 1L, 1L, 100L, 1L, 1L);
        assertThat(row(page, "agency-" + CONSTRUCTION + "-PROVINCE")).containsExactly(2L, 1L, 0L, 50L, 1L, 1L);
        assertThat(row(page, "agency-" + COMMUNE_DESK + "-COMMUNE")).containsExactly(1L, 0L, 1L, 100L, 1L, 0L);
        assertThat(row(page, "level-PROVINCE")).containsExactly(3L, 1L, 1L, 67L, 2L, 2L);
        assertThat(row(page, "level-COMMUNE")).containsExactly(1L, 0L, 1L, 100L, 1L, 0L);
        assertThat(row(page, "total-agency")).containsExactly(4L, 1L, 2L, 75L, 3L, 2L);
        assertThat(page).contains("Sở Tư pháp thành phố Hải Phòng", "Toàn tỉnh", "width:50.0%")
                .doesNotContain("9.303005");
    }

    @Test
    void theWholeCatalogueIsShownWithoutAField() throws Exception {
        mvc.perform(get("/procedures/statistics")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thống kê danh mục thủ tục hành chính")));
    }

    @Test
    void theExcelFileHasTheSameNumbers() throws Exception {
        byte[] file = mvc.perform(get("/procedures/statistics.xlsx").param("field", "PGSTAT"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", StatisticsPages.XLSX.toString()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet agencies = workbook.getSheet("Theo cơ quan");
            assertThat(agencies.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Số thủ tục đang cung cấp");
            assertThat(cells(agencies.getRow(1))).containsExactly(JUSTICE, "Sở Tư pháp thành phố Hải Phòng", "Cấp tỉnh",
                    "2", "1", "1", "1", "1");
            assertThat(cells(agencies.getRow(2))).startsWith(CONSTRUCTION).endsWith("2", "1", "0", "1", "1");
            assertThat(cells(agencies.getRow(3))).containsExactly(COMMUNE_DESK, "Bộ phận Một cửa Phường Hải Dương",
                    "Cấp xã", "1", "0", "1", "1", "0");
            assertThat(cells(agencies.getRow(4))).containsExactly("Toàn tỉnh", "4", "1", "2", "3", "2");
            Sheet levels = workbook.getSheet("Theo cấp thực hiện");
            assertThat(cells(levels.getRow(1))).containsExactly("Cấp tỉnh", "3", "1", "1", "2", "2");
            assertThat(cells(levels.getRow(3))).containsExactly("Toàn tỉnh", "4", "1", "2", "3", "2");
        }
    }

    private void publish(String code, ProcedureDetails details) {
        procedures.publish(new Publication(new ProcedureCode(code), TODAY.minusDays(2), details), "tester");
    }

    private static ProcedureDetails details(ProcedureLevel level, List<String> agencies, OnlineLevel online,
                                            boolean portal, List<Fee> fees, boolean abolished) {
        var d = TestCatalogue.details("Thủ tục thống kê (thử)", "PGSTAT", level, agencies, online, portal, fees);
        return new ProcedureDetails(d.name(), d.fieldCode(), d.level(), d.agencyCodes(), d.applicants(),
                d.processingTime(), d.cutoffTime(), d.onlineLevel(), d.onNationalPortal(), d.legalBasis(),
                d.documents(), d.fees(), d.result(), d.workflow(), abolished);
    }

    /** The numbers of the table row with that id. */
    private static List<Long> row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row %s", id).isPositive();
        String row = page.substring(start, page.indexOf("</tr>", start));
        var numbers = new ArrayList<Long>();
        var matcher = NUMBER_CELL.matcher(row);
        while (matcher.find()) {
            numbers.add(Long.parseLong(matcher.group(1)));
        }
        return numbers;
    }

    private static List<String> cells(Row row) {
        var values = new ArrayList<String>();
        row.forEach(cell -> values.add(switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return values;
    }
}
