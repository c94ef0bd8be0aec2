package vn.tinhso.dossier;

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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tinhso.SignIn;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Procedures;

/** The applicant rates the service once after the result; feedback and complaints get due dates and one answer. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackTests {

    private static final String DOSSIER = "(SELECT id FROM dossier WHERE code = :code)";

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
    JdbcClient jdbc;
    @Autowired
    FeedbackRules rules;
    @Autowired
    WorkingCalendar calendar;

    MockHttpSession citizen;

    @BeforeEach
    void signIn() throws Exception {
        DossierTestProcedures.publish(procedures);
        citizen = SignIn.as(mvc, "030095001234");
    }

    @Test
    void aDossierIsRatedOnlyAfterItsResultAndOnlyOnce() throws Exception {
        String code = fileOnline("");
        reception.accept(DossierTestProcedures.DESK_OFFICER, new DossierCode(code));

        mvc.perform(rate(code, "VERY_SATISFIED", "Cán bộ hướng dẫn tận tình"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("dossier.rating.not-resolved"))
                .andExpect(jsonPath("$.detail", containsString("Được tiếp nhận")))
                .andExpect(jsonPath("$.detail", containsString("chỉ đánh giá được sau khi hồ sơ có kết quả")));

        returned(code);
        mvc.perform(rate(code, "VERY_SATISFIED", "Cán bộ hướng dẫn tận tình"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("VERY_SATISFIED"))
                .andExpect(jsonPath("$.code").value(code));
        mvc.perform(rate(code, "DISSATISFIED", "Đổi ý"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("mỗi hồ sơ chỉ được đánh giá một lần")));

        assertThat(jdbc.sql("SELECT level FROM dossier_rating WHERE dossier_id = " + DOSSIER).param("code", code)
                .query(String.class).list()).containsExactly("VERY_SATISFIED");
        assertThat(audited("dossier.rated", code)).isEqualTo(1);
        mvc.perform(get("/api/dossiers/{c}/rating", code).session(SignIn.as(mvc, "motcua.haiduong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comment").value("Cán bộ hướng dẫn tận tình"));
    }

    @Test
    void theRatingFormIsShownToTheOwnerOfAResolvedDossierOnlyUntilTheyRate() throws Exception {
        String code = fileOnline("");
        mvc.perform(get("/dossiers/{c}", code).session(citizen))
                .andExpect(content().string(containsString("hx-get=\"/dossiers/" + code + "/satisfaction\"")));
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(citizen))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"rating-VERY_SATISFIED\""))))
                .andExpect(content().string(containsString("sau khi hồ sơ có kết quả giải quyết")))
                .andExpect(content().string(containsString("id=\"send-feedback\"")));

        returned(code);
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(citizen))
                .andExpect(content().string(containsString("id=\"rating-VERY_SATISFIED\"")))
                .andExpect(content().string(containsString("id=\"rating-DISSATISFIED\"")))
                .andExpect(content().string(containsString("id=\"rate\"")));
        MockHttpSession officer = SignIn.as(mvc, "motcua.haiduong");
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người nộp hồ sơ chưa đánh giá")))
                .andExpect(content().string(not(containsString("id=\"rate\""))))
                .andExpect(content().string(not(containsString("id=\"send-feedback\""))));

        mvc.perform(post("/dossiers/{c}/rating", code).session(citizen).with(csrf())
                        .param("level", "SATISFIED").param("comment", ""))
                .andExpect(redirectedUrl("/dossiers/" + code))
                .andExpect(flash().attribute("notice", "dossier.satisfaction.notice.rated"));
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(citizen))
                .andExpect(content().string(containsString("Hài lòng")))
                .andExpect(content().string(not(containsString("id=\"rate\""))));
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(officer))
                .andExpect(content().string(containsString("Hài lòng")));
    }

    @Test
    void anotherCitizenAndAnotherAgencysOfficerAreToldTheDossierDoesNotExist() throws Exception {
        String code = fileOnline("");
        returned(code);
        long feedback = sendFeedback(code, "COMPLAINT", "Cán bộ yêu cầu nộp thêm giấy tờ không có trong danh mục");

        MockHttpSession other = SignIn.anotherCitizen(mvc);
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/api/dossiers/{c}/rating", code).session(other).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"DISSATISFIED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/dossiers/{c}/feedback", code).session(other)).andExpect(status().isNotFound());

        MockHttpSession tuphap = SignIn.as(mvc, "chuyenvien.tuphap");
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(tuphap)).andExpect(status().isNotFound());
        mvc.perform(post("/api/dossiers/{c}/feedback/{id}/answer", code, feedback).session(tuphap).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"Đã xem xét\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{c}/feedback/{id}/answer", code, feedback).session(tuphap).with(csrf())
                        .param("answer", "Đã xem xét"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/feedback").session(tuphap))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(code))));

        assertThat(rating(code)).isZero();
        assertThat(jdbc.sql("SELECT status FROM dossier_feedback WHERE id = :id").param("id", feedback)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void feedbackIsAnsweredOnceAuditedAndTheApplicantHearsOfItTwice() throws Exception {
        String email = "an.nguyen+" + System.nanoTime() + "@example.vn";
        String code = fileOnline(email);
        long id = sendFeedback(code, "FEEDBACK", "Đề nghị cho nhận kết quả qua bưu chính");
        var stored = jdbc.sql("SELECT submitted_at, due_at FROM dossier_feedback WHERE id = :id").param("id", id)
                .query((rs, row) -> List.of(rs.getTimestamp("submitted_at").toInstant(),
                        rs.getTimestamp("due_at").toInstant()))
                .single();
        assertThat(stored.get(1)).isEqualTo(rules.dueAt(FeedbackKind.FEEDBACK, stored.get(0)));

        MockHttpSession officer = SignIn.as(mvc, "motcua.haiduong");
        mvc.perform(get("/feedback").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Đề nghị cho nhận kết quả qua bưu chính")))
                .andExpect(content().string(containsString("ngày làm việc")));
        mvc.perform(get("/dossiers/{c}/satisfaction", code).session(officer))
                .andExpect(content().string(containsString("id=\"answer-" + id + "\"")));
        mvc.perform(post("/dossiers/{c}/feedback/{id}/answer", code, id).session(officer).with(csrf())
                        .param("answer", "Ông/Bà chọn hình thức nhận qua bưu chính công ích khi nhận kết quả."))
                .andExpect(redirectedUrl("/dossiers/" + code))
                .andExpect(flash().attribute("notice", "dossier.satisfaction.notice.answered"));
        mvc.perform(post("/api/dossiers/{c}/feedback/{id}/answer", code, id).session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"Trả lời lần hai\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã được trả lời")));

        Map<String, Object> answered = jdbc.sql("SELECT * FROM dossier_feedback WHERE id = :id").param("id", id)
                .query().singleRow();
        assertThat(answered.get("status")).isEqualTo("ANSWERED");
        assertThat(answered.get("answered_by")).isEqualTo("motcua.haiduong");
        assertThat((String) answered.get("answer")).startsWith("Ông/Bà chọn hình thức nhận qua bưu chính");
        assertThat(audited("dossier.feedback.submitted", code)).isEqualTo(1);
        assertThat(audited("dossier.feedback.answered", code)).isEqualTo(1);
        mvc.perform(get("/api/dossiers/{c}/feedback", code).session(citizen))
                .andExpect(jsonPath("$[0].status").value("ANSWERED"))
                .andExpect(jsonPath("$[0].answer", containsString("bưu chính công ích")));
        mvc.perform(get("/feedback").session(officer)).andExpect(content().string(not(containsString(code))));

        waitUntil(() -> sent(email).size() == 3); // filed online, feedback received, feedback answered
        assertThat(sent(email)).extracting(row -> row.get("subject")).contains(
                "Đã nhận phản ánh, kiến nghị về hồ sơ " + code, "Trả lời phản ánh, kiến nghị về hồ sơ " + code);
        assertThat(sent(email)).extracting(row -> (String) row.get("body"))
                .anySatisfy(body -> assertThat(body).contains("Thời hạn trả lời: 17 giờ 30 phút"))
                .anySatisfy(body -> assertThat(body).contains("bưu chính công ích khi nhận kết quả"));
    }

    @Test
    void feedbackIsDueTenWorkingDaysLaterCountedPastTetAndAComplaintThirtyDaysLater() {
        Instant fridayBeforeTet = at(LocalDateTime.of(2026, 2, 13, 10, 0));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Tết Bính Ngọ, Mon 16 – Fri 20/02").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 20))).isFalse();

        // working days from Sat 14/02: 23–27/02 and 02–06/03; without Tết it would have been Fri 27/02
        assertThat(local(rules.dueAt(FeedbackKind.FEEDBACK, fridayBeforeTet)))
                .isEqualTo(LocalDateTime.of(2026, 3, 6, 17, 30));
        // 30 calendar days end on Sunday 15/03, so on the next working day (Bộ luật Dân sự 2015 Art. 148)
        assertThat(local(rules.dueAt(FeedbackKind.COMPLAINT, fridayBeforeTet)))
                .isEqualTo(LocalDateTime.of(2026, 3, 16, 17, 30));
    }

    @Test
    void aChangedDeadlineAppliesToFeedbackSentFromItsEffectiveDateOn() {
        jdbc.sql("""
                INSERT INTO feedback_rule (kind, effective_from, response_days, day_kind, legal_basis)
                VALUES ('FEEDBACK', DATE '2090-03-01', 5, 'WORKING', 'Văn bản thử nghiệm')
                """).update();
        try {
            Instant before = at(LocalDateTime.of(2090, 2, 28, 9, 0));
            Instant from = at(LocalDateTime.of(2090, 3, 1, 9, 0));
            assertThat(rules.inForce(FeedbackKind.FEEDBACK, LocalDate.of(2090, 2, 28)).days()).isEqualTo(10);
            assertThat(local(rules.dueAt(FeedbackKind.FEEDBACK, before))).isEqualTo(
                    calendar.addWorkingDays(calendar.nextWorkingMoment(LocalDateTime.of(2090, 3, 1, 0, 0)), 10));
            assertThat(local(rules.dueAt(FeedbackKind.FEEDBACK, from))).isEqualTo(
                    calendar.addWorkingDays(calendar.nextWorkingMoment(LocalDateTime.of(2090, 3, 2, 0, 0)), 5));
        } finally {
            jdbc.sql("DELETE FROM feedback_rule WHERE effective_from = DATE '2090-03-01'").update();
        }
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        String code = fileOnline("");
        returned(code);
        mvc.perform(feedback(code, "{\"kind\": \"FEEDBACK\", \"text\": \"   \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Hãy nhập nội dung phản ánh, kiến nghị hoặc khiếu nại."));
        mvc.perform(feedback(code, "{\"kind\": \"PRAISE\", \"text\": \"Rất tốt\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Hãy chọn loại")));
        mvc.perform(feedback(code, "{\"kind\": \"COMPLAINT\", \"text\": \"" + "a".repeat(4001) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("tối đa 4000 ký tự (đã nhập 4001 ký tự)")));
        mvc.perform(feedback(code, "{\"kind\": 7"))
                .andExpect(status().isBadRequest());
        mvc.perform(rate(code, "GOOD", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Hãy chọn một mức đánh giá")));
        mvc.perform(rate(code, "SATISFIED", "x".repeat(1001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("tối đa 1000 ký tự")));
        mvc.perform(post("/dossiers/{c}/feedback", code).session(citizen).with(csrf())
                        .param("kind", "FEEDBACK").param("text", ""))
                .andExpect(redirectedUrl("/dossiers/" + code))
                .andExpect(flash().attribute("problem", "dossier.feedback.text-required"));
        mvc.perform(post("/api/dossiers/{c}/feedback", code).session(citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"FEEDBACK\", \"text\": \"Không có CSRF\"}"))
                .andExpect(status().isForbidden());

        assertThat(rating(code)).isZero();
        assertThat(feedbackCount(code)).isZero();

        long id = sendFeedback(code, "FEEDBACK", "Hướng dẫn trên cổng chưa rõ");
        mvc.perform(post("/api/dossiers/{c}/feedback/{id}/answer", code, id).session(SignIn.as(mvc, "motcua.haiduong"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Hãy nhập nội dung trả lời."));
        assertThat(jdbc.sql("SELECT status FROM dossier_feedback WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void theSameFeedbackSentTwiceIsRecordedOnce() throws Exception {
        String code = fileOnline("");
        String body = "{\"kind\": \"FEEDBACK\", \"text\": \"Xin hướng dẫn cách nhận kết quả\"}";
        mvc.perform(feedback(code, body)).andExpect(status().isCreated());
        mvc.perform(feedback(code, body)).andExpect(status().isOk());
        assertThat(feedbackCount(code)).isEqualTo(1);
        assertThat(audited("dossier.feedback.submitted", code)).isEqualTo(1);
    }

    @Test
    void officersSeeTheOpenFeedbackOfTheirAgenciesMostUrgentFirstAndOverdueFlagged() throws Exception {
        String code = fileOnline("");
        long later = sendFeedback(code, "COMPLAINT", "Khiếu nại về việc yêu cầu bổ sung");
        long overdue = sendFeedback(code, "FEEDBACK", "Phản ánh về thái độ tiếp dân");
        jdbc.sql("UPDATE dossier_feedback SET due_at = now() - interval '3 days' WHERE id = :id")
                .param("id", overdue).update();

        String page = mvc.perform(get("/feedback").session(SignIn.as(mvc, "motcua.haiduong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quá hạn")))
                .andExpect(content().string(containsString("quá hạn")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Phản ánh về thái độ tiếp dân")).isPositive()
                .isLessThan(page.indexOf("Khiếu nại về việc yêu cầu bổ sung"));
        assertThat(later).isNotEqualTo(overdue);
        mvc.perform(get("/feedback").session(citizen)).andExpect(status().isForbidden());
    }

    private long sendFeedback(String code, String kind, String text) throws Exception {
        String answer = mvc.perform(feedback(code, "{\"kind\": \"" + kind + "\", \"text\": \"" + text + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dueAt").exists())
                .andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.id")).longValue();
    }

    private MockHttpServletRequestBuilder feedback(String code, String json) {
        return post("/api/dossiers/{c}/feedback", code).session(citizen).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private MockHttpServletRequestBuilder rate(String code, String level, String comment) {
        return post("/api/dossiers/{c}/rating", code).session(citizen).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\": \"" + level + "\", \"comment\": \"" + comment + "\"}");
    }

    /** The result was handed back; the processing that leads there is another module's work. */
    private void returned(String code) {
        jdbc.sql("UPDATE dossier SET status = 'RETURNED' WHERE code = :code").param("code", code).update();
    }

    private long rating(String code) {
        return jdbc.sql("SELECT count(*) FROM dossier_rating WHERE dossier_id = " + DOSSIER)
                .param("code", code).query(Long.class).single();
    }

    private long feedbackCount(String code) {
        return jdbc.sql("SELECT count(*) FROM dossier_feedback WHERE dossier_id = " + DOSSIER)
                .param("code", code).query(Long.class).single();
    }

    private long audited(String action, String code) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action AND subject = :code")
                .param("action", action).param("code", code).query(Long.class).single();
    }

    private List<Map<String, Object>> sent(String email) {
        return jdbc.sql("SELECT * FROM notification WHERE recipient = :email AND sent_at IS NOT NULL ORDER BY id")
                .param("email", email).query().listOfRows();
    }

    private static void waitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30)); // a ceiling, not a wait
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(WorkingCalendar.ZONE).toInstant();
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, WorkingCalendar.ZONE);
    }

    private String fileOnline(String email) {
        return DossierTestProcedures.fileOnline(intake, uploads, jdbc, "to-khai.pdf", email, "").code().value();
    }
}
