package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedures;

/** The one-stop officer's side: reception, the desk, who may act, and what concurrency cannot break. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierReceptionTests {

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
    void theCommunesOneStopOfficerAcceptsAndTheClockStarts() throws Exception {
        String code = fileOnline().code().value();
        mvc.perform(post("/api/dossiers/{code}/acceptance", code).session(SignIn.as(mvc, "motcua.haiduong")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.portalStatus").value(2))
                .andExpect(jsonPath("$.dueAt").exists());
        mvc.perform(get("/api/dossiers/{code}/status", code).param("key", "1234"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void anOfficerOfAnotherAgencyDoesNotEvenSeeTheDossier() throws Exception {
        String code = fileOnline().code().value();
        mvc.perform(post("/api/dossiers/{code}/acceptance", code).session(SignIn.as(mvc, "chuyenvien.tuphap")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDossierAwaitingASupplementCannotBeAcceptedAndTheMessageNamesItsState() throws Exception {
        String code = fileOnline().code().value();
        MockHttpSession officer = SignIn.as(mvc, "motcua.haiduong");
        mvc.perform(post("/api/dossiers/{code}/supplement-request", code).session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Bổ sung giấy ủy quyền có chứng thực\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"));
        mvc.perform(post("/api/dossiers/{code}/acceptance", code).session(officer).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Yêu cầu bổ sung giấy tờ")));
    }

    @Test
    void aRetryOfARefusedDossierAnswersWithoutADueDate() {
        var citizen = citizen();
        var upload = uploads.accept(new ByteArrayInputStream(DossierTestProcedures.PDF), "to-khai.pdf",
                citizen.username(), citizen.accountId());
        var submission = new Submission(DossierTestProcedures.ONLINE, DossierTestProcedures.COMMUNE,
                new Applicant("Nguyễn Văn An", "030095001234", "0912345678", "", ""),
                List.of(new Submission.Document(0, upload.id())));
        String key = "retry-" + System.nanoTime();
        Filed first = intake.fileOnline(citizen, submission, key);
        var officer = DossierTestProcedures.DESK_OFFICER;
        reception.refuse(officer, first.code(), "Hồ sơ không thuộc thẩm quyền");
        Filed retried = intake.fileOnline(citizen, submission, key);
        assertThat(retried.code()).isEqualTo(first.code());
        assertThat(retried.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(retried.workingDaysLeft()).isNull();
    }

    @Test
    void aRefusalNeedsAReason() throws Exception {
        String code = fileOnline().code().value();
        mvc.perform(post("/api/dossiers/{code}/refusal", code).session(SignIn.as(mvc, "motcua.haiduong")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWrongSecondFactorLooksExactlyLikeAnUnknownCode() throws Exception {
        String code = fileOnline().code().value();
        String wrongKey = mvc.perform(get("/api/dossiers/{code}/status", code).param("key", "0000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/dossiers/{code}/status", "525.00.00.H26-000101-0001").param("key", "0000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(wrongKey, "$.code")).isEqualTo(JsonPath.read(unknown, "$.code"));
    }

    @Test
    void anOfficerRegistersAPaperDossierAtTheDeskAndItIsReceivedAtOnce() throws Exception {
        String body = DossierIntakeTests.submission(DossierTestProcedures.DESK_ONLY, DossierTestProcedures.COMMUNE, "031305123456", null);
        mvc.perform(post("/api/dossiers/desk").param("channel", "DIRECT").session(SignIn.as(mvc, "motcua.haiduong"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        mvc.perform(post("/api/dossiers/desk").session(SignIn.as(mvc, "motcua.hp")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void twoOfficersAcceptingAtOnceExactlyOneWins() throws Exception {
        String code = fileOnline().code().value();
        var officer = DossierTestProcedures.DESK_OFFICER;
        List<Object> outcomes = race(2, () -> reception.accept(officer, new DossierCode(code)));
        assertThat(outcomes).filteredOn(Dossier.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Refusal.class::isInstance).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
                + "WHERE d.code = :code AND e.type = 'received'").param("code", code).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsGetConsecutiveCodesWithoutDuplicates() throws Exception {
        List<Object> outcomes = race(12, this::fileOnline);
        List<Integer> numbers = outcomes.stream().map(filed -> ((Filed) filed).code().value())
                .map(code -> Integer.parseInt(code.substring(code.length() - 4))).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(12);
        assertThat(numbers.get(11) - numbers.get(0)).isEqualTo(11);
    }

    Filed fileOnline() {
        return DossierTestProcedures.fileOnline(intake, uploads, jdbc, "to-khai.pdf", "", "");
    }

    CurrentUser citizen() {
        return DossierTestProcedures.demoCitizen(jdbc);
    }

    static List<Object> race(int runners, Callable<Object> work) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(runners);
        try {
            var tasks = new ArrayList<Callable<Object>>();
            for (int i = 0; i < runners; i++) {
                tasks.add(work);
            }
            var outcomes = new ArrayList<Object>();
            for (var future : pool.invokeAll(tasks)) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException failed) {
                    outcomes.add(failed.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
