package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.dossier.DossierTestProcedures.JUSTICE_LEADER;
import static vn.tinhso.dossier.DossierTestProcedures.JUSTICE_OFFICER;
import static vn.tinhso.dossier.DossierTestProcedures.PROVINCIAL;

import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Procedures;

/** The pages and API of processing: bad input loses nothing and says why; the workspace and the forms download. */
@SpringBootTest
@AutoConfigureMockMvc
class ProcessingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;
    @Autowired
    Intake intake;
    @Autowired
    Reception reception;
    @Autowired
    Processing processing;
    @Autowired
    Uploads uploads;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
    }

    @Test
    void theOfficerSeesTheButtonsOfTheCurrentStepOnly() throws Exception {
        String code = received();
        var officer = SignIn.as(mvc, "chuyenvien.tuphap");
        mvc.perform(get("/dossiers/{c}", code).session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"action-forward\"")))
                .andExpect(content().string(not(containsString("id=\"action-approve\""))))
                .andExpect(content().string(containsString("Đã tiếp nhận, chờ chuyển xử lý")));
        mvc.perform(post("/dossiers/{c}/actions/forward", code).session(officer).with(csrf()).param("note", "Chuyển"))
                .andExpect(redirectedUrl("/dossiers/" + code))
                .andExpect(flash().attribute("notice", "processing.page.done.step"));
        mvc.perform(post("/dossiers/{c}/actions/forward", code).session(officer).with(csrf()))
                .andExpect(flash().attribute("problem", "dossier.action.not-here"));
    }

    @Test
    void commentsAreForOfficersOnlyAndAnEmptyOneIsRefused() throws Exception {
        String code = received();
        var officer = SignIn.as(mvc, "chuyenvien.tuphap");
        mvc.perform(post("/dossiers/{c}/comments", code).session(officer).with(csrf()).param("text", "   "))
                .andExpect(flash().attribute("problem", "dossier.reason-required"));
        mvc.perform(post("/dossiers/{c}/comments", code).session(officer).with(csrf())
                        .param("text", "Đã gọi điện xác minh với Công an phường"))
                .andExpect(flash().attribute("notice", "processing.page.done.commented"));
        mvc.perform(get("/dossiers/{c}", code).session(officer))
                .andExpect(content().string(containsString("Đã gọi điện xác minh với Công an phường")));
        mvc.perform(get("/dossiers/{c}", code).session(SignIn.as(mvc, "030095001234")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Đã gọi điện xác minh"))));
        mvc.perform(post("/dossiers/{c}/comments", code).session(SignIn.as(mvc, "motcua.hp")).with(csrf())
                        .param("text", "Không phải hồ sơ của tôi"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_comment c JOIN dossier d ON d.id = c.dossier_id "
                + "WHERE d.code = :c").param("c", code).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anExtensionWithoutADateOrInThePastIsRefusedAndChangesNothing() throws Exception {
        String code = received();
        var officer = SignIn.as(mvc, "chuyenvien.tuphap");
        var due = dossiers.find(new DossierCode(code)).orElseThrow().dueAt();
        mvc.perform(post("/dossiers/{c}/extension", code).session(officer).with(csrf()).param("reason", "Chờ xác minh"))
                .andExpect(flash().attribute("problem", "dossier.extension.date-required"));
        mvc.perform(post("/dossiers/{c}/extension", code).session(officer).with(csrf())
                        .param("due", "2020-01-01T08:00").param("reason", "Chờ xác minh"))
                .andExpect(flash().attribute("problem", "dossier.extension.not-later"));
        mvc.perform(post("/api/dossiers/{c}/extension", code).session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dueAt\":\"không phải ngày\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        assertThat(dossiers.find(new DossierCode(code)).orElseThrow().dueAt()).isEqualTo(due);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_letter l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = :c")
                .param("c", code).query(Integer.class).single()).isZero();
    }

    @Test
    void aStepThatIsNotHereIsAConflictOverTheApiNamingTheStep() throws Exception {
        String code = received();
        mvc.perform(post("/api/dossiers/{c}/actions/approve", code).session(SignIn.as(mvc, "lanhdao.tuphap")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("dossier.action.not-here"))
                .andExpect(jsonPath("$.detail").value(containsString("RECEIVED")));
    }

    @Test
    void theWorkspaceShowsTheQueuesAndTheBookDownloadsAsASpreadsheet() throws Exception {
        String code = received();
        processing.take(JUSTICE_OFFICER, new DossierCode(code), "forward", "");
        processing.take(JUSTICE_OFFICER, new DossierCode(code), "submit", "");
        var leader = SignIn.as(mvc, "lanhdao.tuphap");
        mvc.perform(get("/workspace").param("queue", "APPROVAL").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/api/workspace").session(leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.APPROVAL[?(@.code == '" + code + "')]").exists());
        mvc.perform(get("/workspace").param("queue", "NOT_A_QUEUE").session(leader))
                .andExpect(status().isBadRequest());

        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        byte[] xlsx = mvc.perform(get("/workspace/book.xlsx").session(leader)
                        .param("from", today.minusDays(30).toString()).param("to", today.plusDays(1).toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var text = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append(' ')));
            assertThat(text).contains(code);
        }
        mvc.perform(get("/workspace/book.xlsx").session(leader).param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theApplicantDownloadsTheResultOnlyOnceItIsSigned() throws Exception {
        String code = received();
        var applicant = SignIn.as(mvc, "030095001234");
        mvc.perform(get("/dossiers/{c}/result.pdf", code).session(applicant))
                .andExpect(status().isConflict());
        processing.take(JUSTICE_OFFICER, new DossierCode(code), "forward", "");
        processing.take(JUSTICE_OFFICER, new DossierCode(code), "submit", "");
        processing.take(JUSTICE_LEADER, new DossierCode(code), "approve", "");
        mvc.perform(get("/dossiers/{c}/result.pdf", code).session(applicant))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/dossiers/{c}/control-slip.pdf", code).session(SignIn.as(mvc, "chuyenvien.tuphap")))
                .andExpect(status().isOk());
    }

    private String received() {
        DossierCode code = DossierTestProcedures.fileWithJustice(intake, uploads, jdbc, PROVINCIAL, null).code();
        reception.accept(JUSTICE_OFFICER, code);
        return code.value();
    }
}
