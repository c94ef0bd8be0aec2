package vn.tinhso.procedure.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.procedure.pages.TestCatalogue.TODAY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.Workflow;

/** The administrators' editor: new versions, every problem beside its field, and who may edit what. */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedureEditorPageTests {

    private static final String PASSWORD = "Tinhso@2025";

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void fields() {
        procedures.addFields(List.of(new Field("PGTP", "Lý lịch tư pháp (thử)"), new Field("PGXD", "Xây dựng (thử)")));
    }

    @Test
    void savingRecordsVersionTwoThatThePublicPageAndTheHistoryShow() throws Exception {
        publish("9.302001", TestCatalogue.criminalRecord("Thủ tục thử trước khi sửa"));
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/admin/procedures/9.302001/edit").session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Thủ tục thử trước khi sửa")));

        mvc.perform(save("/admin/procedures/9.302001/edit", admin, Map.of("name", "Thủ tục thử sau khi sửa",
                        "fees[0].amount", "250.000")))
                .andExpect(redirectedUrl("/procedures/9.302001"));

        assertThat(procedures.history(new ProcedureCode("9.302001"))).extracting(Procedure::version).containsExactly(2, 1);
        mvc.perform(get("/procedures/9.302001")).andExpect(content().string(allOf(
                containsString("Thủ tục thử sau khi sửa"), containsString("250.000 đồng"), containsString("Phiên bản 2"))));
        mvc.perform(get("/procedures/9.302001/versions")).andExpect(content().string(allOf(
                containsString("Ban hành lần đầu"), containsString("<li>Tên thủ tục</li>"),
                containsString("<li>Phí, lệ phí</li>"), containsString("admin, "))));
    }

    @Test
    void aNewProcedureIsCreatedFromTheForm() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/admin/procedures/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("AWAITING_APPROVAL")));
        mvc.perform(save("/admin/procedures/new", admin, Map.of("code", "9.302002")))
                .andExpect(redirectedUrl("/procedures/9.302002"));
        assertThat(procedures.current(new ProcedureCode("9.302002"))).hasValueSatisfying(p -> {
            assertThat(p.details().fees()).singleElement().satisfies(fee -> assertThat(fee.amount()).isEqualTo(200_000));
            assertThat(p.details().documents()).hasSize(1);
            assertThat(p.details().workflow()).isEqualTo(Workflow.standard());
        });
    }

    @Test
    void aNewProcedureNeedsAWellFormedCodeNotUsedYet() throws Exception {
        publish("9.302009", TestCatalogue.criminalRecord("Thủ tục thử đã có mã"));
        MockHttpSession admin = signIn("admin");
        mvc.perform(save("/admin/procedures/new", admin, Map.of("code", "9.302009")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã có thủ tục mang mã 9.302009")));
        mvc.perform(save("/admin/procedures/new", admin, Map.of("code", "1001193")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gồm một chữ số, dấu chấm và sáu chữ số")));
        assertThat(procedures.history(new ProcedureCode("9.302009"))).hasSize(1);
    }

    @Test
    void everyProblemIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        publish("9.302003", TestCatalogue.criminalRecord("Thủ tục thử nhập sai"));
        var shares = new Workflow(Workflow.standard().steps().stream().map(step -> new Workflow.Step(step.state(),
                step.role(), step.state().equals("PROCESSING") ? 50 : step.sharePercent(), "", step.actions())).toList());

        mvc.perform(save("/admin/procedures/9.302003/edit", signIn("admin"), Map.of("name", " ",
                        "fees[0].amount", "-5", "agencyCodes", "000.11.00.H26; 999.99.99.H99",
                        "workflow", json.writeValueAsString(shares))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("procedure", "name", "fees[0].amount", "agencyCodes", "workflow"))
                .andExpect(content().string(allOf(containsString("Vui lòng nhập thông tin này."),
                        containsString("Giá trị không được âm."), containsString("Không có cơ quan mang mã 999.99.99.H99."),
                        containsString("Tỷ lệ thời gian của các bước cộng lại phải bằng 100%, hiện là 90%."),
                        containsString("value=\"-5\""), containsString("000.11.00.H26; 999.99.99.H99"))));
        assertThat(procedures.history(new ProcedureCode("9.302003"))).hasSize(1);
    }

    @Test
    void unreadableWorkflowJsonIsExplainedWithTheOtherProblems() throws Exception {
        publish("9.302004", TestCatalogue.criminalRecord("Thủ tục thử JSON hỏng"));

        mvc.perform(save("/admin/procedures/9.302004/edit", signIn("admin"),
                        Map.of("workflow", "{\"steps\": [ {\"state\": \"RECEIVED\", ", "processingAmount", "mười")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("procedure", "workflow", "processingAmount"))
                .andExpect(content().string(allOf(containsString("Quy trình không phải là JSON hợp lệ"),
                        containsString("Vui lòng nhập một số nguyên"), containsString("{&quot;steps&quot;: [ {&quot;state&quot;"))));
        assertThat(procedures.history(new ProcedureCode("9.302004"))).hasSize(1);
    }

    @Test
    void rowsAreAddedAndRemovedWithoutSaving() throws Exception {
        publish("9.302005", TestCatalogue.criminalRecord("Thủ tục thử thêm dòng"));
        MockHttpSession admin = signIn("admin");
        mvc.perform(save("/admin/procedures/9.302005/edit", admin, Map.of("row", "add-fee")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"fees[1].name\""), containsString("value=\"200.000\""))));
        mvc.perform(save("/admin/procedures/9.302005/edit", admin, Map.of("row", "remove-document-0")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"documents[0].name\""))));
        assertThat(procedures.history(new ProcedureCode("9.302005"))).hasSize(1);
    }

    @Test
    void whoMayEditWhat() throws Exception {
        publish("9.302006", TestCatalogue.criminalRecord("Thủ tục thử của Sở Tư pháp"));
        publish("9.302007", TestCatalogue.details("Thủ tục thử của Sở Xây dựng", "PGXD", ProcedureLevel.PROVINCE,
                List.of(TestCatalogue.CONSTRUCTION), OnlineLevel.PARTIAL, false, List.of()));
        MockHttpSession justiceAdmin = signIn("quantri.tuphap");

        mvc.perform(get("/admin/procedures/9.302006/edit").session(signIn("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/procedures/9.302007/edit").session(signIn("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/procedures/9.302006/edit").session(justiceAdmin)).andExpect(status().isOk());
        mvc.perform(get("/admin/procedures/9.302007/edit").session(justiceAdmin)).andExpect(status().isForbidden());
        mvc.perform(save("/admin/procedures/9.302007/edit", justiceAdmin, Map.of("agencyCodes", TestCatalogue.JUSTICE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/procedures/9.302006/edit").session(signIn("motcua.hp"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/procedures/new").session(signIn("motcua.hp"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/procedures/9.302006/edit").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
        assertThat(procedures.history(new ProcedureCode("9.302007"))).hasSize(1);
    }

    @Test
    void anAgencyAdminSavesTheirOwnProcedureButCannotHandItToAnotherAgency() throws Exception {
        publish("9.302008", TestCatalogue.criminalRecord("Thủ tục thử Sở Tư pháp tự sửa"));
        MockHttpSession justiceAdmin = signIn("quantri.tuphap");
        mvc.perform(save("/admin/procedures/9.302008/edit", justiceAdmin, Map.of("agencyCodes", TestCatalogue.CONSTRUCTION)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ít nhất một cơ quan mà bạn quản trị")));
        mvc.perform(save("/admin/procedures/9.302008/edit", justiceAdmin, Map.of("name", "Thủ tục thử Sở Tư pháp đã sửa")))
                .andExpect(redirectedUrl("/procedures/9.302008"));
        assertThat(procedures.history(new ProcedureCode("9.302008"))).hasSize(2);
    }

    private void publish(String code, vn.tinhso.procedure.ProcedureDetails details) {
        procedures.publish(new Publication(new ProcedureCode(code), TODAY.minusDays(1), details), "tester");
    }

    /** The form as a browser sends it for the test's criminal-record procedure, with some values changed. */
    private MockHttpServletRequestBuilder save(String url, MockHttpSession session, Map<String, String> changes) {
        var values = new LinkedHashMap<String, String>();
        values.put("validFrom", TODAY.toString());
        values.put("name", "Cấp Phiếu lý lịch tư pháp (thử qua biểu mẫu)");
        values.put("fieldCode", "PGTP");
        values.put("level", "PROVINCE");
        values.put("agencyCodes", TestCatalogue.JUSTICE);
        values.put("applicants", "CITIZEN");
        values.put("processingAmount", "10");
        values.put("processingUnit", "WORKING_DAYS");
        values.put("cutoffTime", "15:00");
        values.put("onlineLevel", "FULL_PROCESS");
        values.put("onNationalPortal", "true");
        values.put("legalBasis", "Luật Lý lịch tư pháp 2009");
        values.put("documents[0].name", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
        values.put("documents[0].originals", "1");
        values.put("documents[0].copies", "0");
        values.put("documents[0].required", "true");
        values.put("fees[0].kind", "CHARGE");
        values.put("fees[0].name", "Lệ phí cấp Phiếu lý lịch tư pháp");
        values.put("fees[0].amount", "200.000");
        values.put("resultName", "Phiếu lý lịch tư pháp");
        values.put("resultForms", "ELECTRONIC");
        values.put("workflow", json.writeValueAsString(Workflow.standard()));
        values.putAll(changes);
        var request = post(url).session(session).with(csrf()).accept(MediaType.TEXT_HTML);
        values.forEach(request::param);
        return request;
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
