package vn.tinhso.dti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.dti.cycle.Appraisals;
import vn.tinhso.dti.cycle.Assessments;
import vn.tinhso.dti.cycle.NewPeriod;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.Reminders;
import vn.tinhso.dti.cycle.StoredFrameworks;

/**
 * The DTI pages: an indicator's row saved with htmx (a refusal shown on the row, nothing saved), the council's
 * overview, reminders of deadlines, the public ranking without signing in with the change since last year (a merged
 * unit against the mean of its predecessors), and its exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DtiPagesTests {

    static final String INFORMATION = "000.25.00.H23";

    @Autowired
    MockMvc mvc;
    @Autowired
    Periods periods;
    @Autowired
    Assessments assessments;
    @Autowired
    Appraisals appraisals;
    @Autowired
    StoredFrameworks frameworks;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession science;

    @BeforeEach
    void signIn() throws Exception {
        science = SignIn.as(mvc, "dti.khcn");
    }

    @Test
    void anIndicatorRowIsSavedWithHtmxAndARefusalShowsOnTheRowWithNothingSaved() throws Exception {
        Period period = DtiFixtures.open(periods, frameworks, DtiFixtures.freshYear(), List.of(DtiFixtures.SCIENCE), List.of());
        String base = "/dti/periods/" + period.id() + "/units/" + DtiFixtures.SCIENCE;
        mvc.perform(get(base).session(science))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ind-NTS-05\"")))
                .andExpect(content().string(containsString("hx-post=\"" + base + "/answers/NTS-05\"")))
                .andExpect(content().string(containsString("id=\"submit-assessment\"")))
                .andExpect(content().string(containsString("còn 30 ngày")));

        mvc.perform(post(base + "/answers/NTS-05").session(science).with(csrf()).header("HX-Request", "true")
                        .param("value", "1,5").param("note", "đã nhập"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tỷ lệ 1.5 phải từ 0 đến 1")))
                .andExpect(content().string(containsString("value=\"1,5\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(answers(period)).isZero();

        mvc.perform(post(base + "/answers/NTS-05").session(science).with(csrf()).header("HX-Request", "true")
                        .param("numerator", "45").param("denominator", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<b class=\"self\">10</b>")))
                .andExpect(content().string(containsString("Cần minh chứng")));
        mvc.perform(post(base + "/evidence/NTS-05").session(science).with(csrf()).header("HX-Request", "true")
                        .param("url", "https://khcn.haiphong.gov.vn/bao-cao-2025"))
                .andExpect(content().string(containsString("https://khcn.haiphong.gov.vn/bao-cao-2025")))
                .andExpect(content().string(not(containsString("Cần minh chứng"))));

        mvc.perform(post(base + "/answers/TCS-04").session(science).with(csrf()).param("value", "99"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", "dti.answer.above-max"));
        mvc.perform(post(base + "/submit").session(science).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", "dti.submit.unanswered"));
        assertThat(answers(period)).isEqualTo(1);
    }

    @Test
    void theCouncilSeesEveryUnitAndAnAssessorDoesNot() throws Exception {
        Period period = DtiFixtures.open(periods, frameworks, DtiFixtures.freshYear(),
                List.of(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE), List.of());
        MockHttpSession council = SignIn.as(mvc, "dti.hoidong");
        mvc.perform(get("/dti/periods/{id}/council", period.id()).session(council))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Tư pháp")))
                .andExpect(content().string(containsString("id=\"publish\"")));
        mvc.perform(get("/dti/periods/{id}/council", period.id()).session(science)).andExpect(status().isForbidden());
        mvc.perform(get("/dti/work").session(science))
                .andExpect(content().string(containsString("/dti/periods/" + period.id() + "/units/" + DtiFixtures.SCIENCE)))
                .andExpect(content().string(not(containsString("id=\"open-period\""))));
        mvc.perform(get("/dti/work").session(council)).andExpect(content().string(containsString("id=\"open-period\"")));
        mvc.perform(post("/dti/periods/{id}/publish", period.id()).session(council).with(csrf()))
                .andExpect(redirectedUrl("/dti/periods/" + period.id() + "/council"))
                .andExpect(flash().attribute("problem", "dti.period.units-not-submitted"));
    }

    @Test
    void unitsNearADeadlineAreRemindedOnceADay() {
        long framework = frameworks.latest("297-department").orElseThrow().id();
        LocalDate today = LocalDate.now();
        Period period = periods.open(DtiFixtures.COUNCIL, new NewPeriod(DtiFixtures.freshYear(), framework, "Nhắc hạn",
                today.plusDays(3), today.plusDays(5), List.of(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE), List.of()));
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.JUSTICE, 0.5);

        assertThat(reminders.send(today)).isGreaterThanOrEqualTo(2);
        assertThat(reminders.send(today)).isZero();
        var sent = reminders.of(period.id(), DtiFixtures.SCIENCE);
        assertThat(sent).singleElement().satisfies(reminder -> {
            assertThat(reminder.deadline()).isEqualTo("SELF_ASSESSMENT");
            assertThat(reminder.daysLeft()).isEqualTo(3);
            assertThat(reminder.recipients()).contains("dti.khcn");
            assertThat(reminder.message()).contains("còn 3 ngày");
        });
        assertThat(reminders.of(period.id(), DtiFixtures.JUSTICE)).singleElement()
                .satisfies(reminder -> assertThat(reminder.recipients()).contains("dti.hoidong"));
    }

    @Test
    void thePublicRankingComparesWithLastYearAndAMergedUnitWithTheMeanOfItsPredecessors() throws Exception {
        Period before = DtiFixtures.open(periods, frameworks, 2090,
                List.of(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE, DtiFixtures.CONSTRUCTION, INFORMATION), List.of());
        DtiFixtures.answerAndSubmit(assessments, frameworks, before, DtiFixtures.SCIENCE, 0.3);
        DtiFixtures.answerAndSubmit(assessments, frameworks, before, DtiFixtures.JUSTICE, 0.5);
        DtiFixtures.answerAndSubmit(assessments, frameworks, before, DtiFixtures.CONSTRUCTION, 0.7);
        DtiFixtures.answerAndSubmit(assessments, frameworks, before, INFORMATION, 0.9);
        periods.publish(DtiFixtures.COUNCIL, before.id());
        Period after = DtiFixtures.open(periods, frameworks, 2091,
                List.of(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE, DtiFixtures.CONSTRUCTION), List.of());
        DtiFixtures.answerAndSubmit(assessments, frameworks, after, DtiFixtures.SCIENCE, 0.8);
        DtiFixtures.answerAndSubmit(assessments, frameworks, after, DtiFixtures.JUSTICE, 0.5);
        DtiFixtures.answerAndSubmit(assessments, frameworks, after, DtiFixtures.CONSTRUCTION, 0.6);
        periods.publish(DtiFixtures.COUNCIL, after.id());

        mvc.perform(get("/api/dti/periods/{id}/ranking", before.id()))
                .andExpect(jsonPath("$.lines[3].agencyCode").value(DtiFixtures.SCIENCE)); // alone, it was last
        mvc.perform(get("/api/dti/periods/{id}/ranking", after.id()))
                .andExpect(jsonPath("$.previousYear").value(2090))
                .andExpect(jsonPath("$.lines[0].agencyCode").value(DtiFixtures.SCIENCE))
                .andExpect(jsonPath("$.lines[0].previousRank").value(3)) // last year re-ranked with the mean of it and Information in their place
                .andExpect(jsonPath("$.lines[0].rankChange").value(2))
                .andExpect(jsonPath("$.lines[0].summary", containsString("Sở Khoa học và Công nghệ thành phố Hải Phòng xếp thứ 1/3, tăng 2 bậc so với năm 2090")));
        mvc.perform(get("/dti/periods/{id}/ranking", after.id()).param("unit", DtiFixtures.JUSTICE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("So với năm 2090")))
                .andExpect(content().string(containsString("hợp nhất")))
                .andExpect(content().string(containsString("Sở Thông tin và Truyền thông tỉnh Hải Dương")))
                .andExpect(content().string(containsString("id=\"radar\"")))
                .andExpect(content().string(containsString("id=\"trends\"")))
                .andExpect(content().string(containsString("echarts.min.js")));
        mvc.perform(get("/dti/periods/{id}/ranking", after.id()).param("by", "HDCDS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("HDCDS — Hoạt động chuyển đổi số")));
        mvc.perform(get("/dti/periods/{id}/units/{a}/result", after.id(), DtiFixtures.JUSTICE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("HDCDS-01")));
        mvc.perform(get("/dti")).andExpect(content().string(containsString("/dti/periods/" + after.id() + "/ranking")));

        byte[] workbook = mvc.perform(get("/dti/periods/{id}/ranking.xlsx", after.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Sở Khoa học và Công nghệ thành phố Hải Phòng");
            assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Chỉ số DTI");
        }
        byte[] pdf = mvc.perform(get("/dti/periods/{id}/ranking.pdf", after.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("DTI 2091 (kiểm thử)").contains("Sở Khoa học và Công nghệ").contains("Sở Tư pháp");
        }
    }

    private int answers(Period period) {
        return jdbc.sql("SELECT count(*) FROM dti_answer WHERE period_id = :p").param("p", period.id())
                .query(Integer.class).single();
    }
}
