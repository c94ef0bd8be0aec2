package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.procedure.Procedures;

/** The applicant hears of every change that concerns them, by e-mail, once the change has committed. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationTests {

    private static final CurrentUser OFFICER = DossierTestProcedures.DESK_OFFICER;

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

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
    }

    @Test
    void filingOnlineThenAcceptanceSendsTwoEmailsThroughTheLogSink() throws Exception {
        String email = "an.nguyen+" + System.nanoTime() + "@example.vn";
        String code = fileOnline(email);
        reception.accept(OFFICER, new DossierCode(code));

        waitUntil(() -> sent(email).size() == 2);
        List<Map<String, Object>> messages = sent(email);
        assertThat(messages).extracting(row -> row.get("subject")).containsExactlyInAnyOrder(
                "Hồ sơ " + code + " đã được nộp trực tuyến", "Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(messages).allSatisfy(row -> {
            assertThat(row.get("channel")).isEqualTo("EMAIL");
            assertThat(row.get("sent_at")).isNotNull();
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("body")).contains("Nguyễn Văn An", "Đăng ký khai sinh (thử)",
                    "/tracking?code=" + code);
        });
        assertThat(messages).extracting(row -> (String) row.get("body")).allSatisfy(body ->
                assertThat(body).containsPattern("\\d{1,2} giờ \\d{2} phút, ngày \\d{2}/\\d{2}/\\d{4}"));
    }

    @Test
    void aRequestToCompleteAndARefusalTellWhatAndWhy() {
        String email = "an.nguyen+" + System.nanoTime() + "@example.vn";
        String code = fileOnline(email);
        reception.requestSupplement(OFFICER, new DossierCode(code), "Bổ sung giấy ủy quyền có chứng thực");
        reception.refuse(OFFICER, new DossierCode(code), "Người nộp không bổ sung trong thời hạn");

        waitUntil(() -> sent(email).size() == 3);
        assertThat(sent(email)).extracting(row -> row.get("subject")).contains(
                "Hồ sơ " + code + " cần bổ sung, hoàn thiện", "Hồ sơ " + code + " không được tiếp nhận");
        assertThat(sent(email)).extracting(row -> (String) row.get("body")).anySatisfy(
                body -> assertThat(body).contains("Bổ sung giấy ủy quyền có chứng thực"));
        assertThat(sent(email)).extracting(row -> (String) row.get("body")).anySatisfy(
                body -> assertThat(body).contains("Lý do: Người nộp không bổ sung trong thời hạn"));
    }

    @Test
    void aDossierWithoutAnEmailAddressSendsNothing() {
        String code = fileOnline("");
        reception.accept(OFFICER, new DossierCode(code));

        waitUntil(() -> handled(code) >= 2);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE dossier_code = :code").param("code", code)
                .query(Long.class).single()).isZero();
    }

    @Test
    void administratorsReadTheMailSinkAndNobodyElseDoes() throws Exception {
        String email = "an.nguyen+" + System.nanoTime() + "@example.vn";
        String code = fileOnline(email);
        waitUntil(() -> sent(email).size() == 1);
        mvc.perform(get("/admin/notifications").session(SignIn.as(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Hồ sơ " + code + " đã được nộp trực tuyến")));
        mvc.perform(get("/admin/notifications").session(SignIn.as(mvc, "motcua.haiduong")))
                .andExpect(status().isForbidden());
    }

    private List<Map<String, Object>> sent(String email) {
        return jdbc.sql("SELECT * FROM notification WHERE recipient = :email AND sent_at IS NOT NULL ORDER BY id")
                .param("email", email).query().listOfRows();
    }

    /** The dossier listeners' publications of this dossier's events that have completed. */
    private long handled(String code) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE listener_id LIKE '%DossierNotices%' AND serialized_event LIKE :code AND completion_date IS NOT NULL
                """)
                .param("code", "%" + code + "%").query(Long.class).single();
    }

    private static void waitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30)); // a ceiling, not a wait: a busy CI machine is slow
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

    private String fileOnline(String email) {
        return DossierTestProcedures.fileOnline(intake, uploads, jdbc, "to-khai.pdf", email, "").code().value();
    }
}
