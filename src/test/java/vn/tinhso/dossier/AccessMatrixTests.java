package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tinhso.dossier.DossierTestProcedures.JUSTICE_LEADER;
import static vn.tinhso.dossier.DossierTestProcedures.JUSTICE_OFFICER;
import static vn.tinhso.dossier.DossierTestProcedures.PROVINCIAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import vn.tinhso.procedure.Procedures;

/**
 * Who may do what to a dossier of the Department of Justice, over real HTTP requests: every actor (the applicant,
 * another citizen, the department's officer, leader and account administrator, an officer of another agency, nobody)
 * tries every action on a dossier in the state where the action makes sense. Each cell gets a fresh dossier, so the
 * outcome of one cell never depends on another. Not allowed means 404 for someone who may not see the dossier, 403
 * for someone who sees it but lacks the role, 401 for nobody (a browser asking for a page is sent to sign in).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

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
    JdbcClient jdbc;

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
    }

    /** The state a dossier is brought to before the action is tried. */
    enum State { RECEIVED, AWAITING_APPROVAL, RESOLVED }

    record Action(String name, State state, Function<String, MockHttpServletRequestBuilder> request) {
    }

    @Test
    void everyActorGetsExactlyWhatTheirRoleAndAgencyAllow() throws Exception {
        Map<String, MockHttpSession> actors = new LinkedHashMap<>();
        actors.put("applicant", SignIn.as(mvc, "030095001234"));
        actors.put("other citizen", SignIn.anotherCitizen(mvc));
        actors.put("officer", SignIn.as(mvc, "chuyenvien.tuphap"));
        actors.put("leader", SignIn.as(mvc, "lanhdao.tuphap"));
        actors.put("agency admin", SignIn.as(mvc, "quantri.tuphap"));
        actors.put("other agency", SignIn.as(mvc, "motcua.hp"));
        actors.put("nobody", null);

        List<Action> actions = List.of(
                new Action("view page", State.RECEIVED, code -> get("/dossiers/{c}", code)),
                new Action("forward", State.RECEIVED, code -> json(post("/api/dossiers/{c}/actions/forward", code), "{}")),
                new Action("approve", State.AWAITING_APPROVAL,
                        code -> json(post("/api/dossiers/{c}/actions/approve", code), "{\"text\":\"Đồng ý\"}")),
                new Action("assign", State.RECEIVED, code -> json(post("/api/dossiers/{c}/assignment", code),
                        "{\"assignee\":\"chuyenvien.tuphap\"}")),
                new Action("extend", State.RECEIVED, code -> json(post("/api/dossiers/{c}/extension", code),
                        "{\"dueAt\":\"2099-12-31T16:00:00\",\"reason\":\"Chờ xác minh\"}")),
                new Action("stop", State.RECEIVED, code -> json(post("/api/dossiers/{c}/stop", code),
                        "{\"text\":\"Không đủ điều kiện\"}")),
                new Action("withdraw", State.RECEIVED, code -> json(post("/api/dossiers/{c}/withdrawal", code),
                        "{\"text\":\"Nộp nhầm\"}")),
                new Action("download result", State.RESOLVED, code -> get("/api/dossiers/{c}/result.pdf", code)),
                new Action("return result", State.RESOLVED, code -> json(post("/api/dossiers/{c}/return", code),
                        "{\"method\":\"DESK\"}")),
                new Action("control slip", State.RECEIVED, code -> get("/dossiers/{c}/control-slip.pdf", code)));

        // expected status per action, in the order of the actors above
        Map<String, int[]> expected = new LinkedHashMap<>();
        //                                  applicant other  officer leader admin  other-ag nobody
        expected.put("view page",       new int[] {200, 404, 200, 200, 404, 404, 401});
        expected.put("forward",         new int[] {403, 403, 200, 403, 403, 404, 401});
        expected.put("approve",         new int[] {403, 403, 403, 200, 403, 404, 401});
        expected.put("assign",          new int[] {403, 403, 200, 200, 403, 404, 401});
        expected.put("extend",          new int[] {403, 403, 200, 200, 403, 404, 401});
        expected.put("stop",            new int[] {403, 403, 200, 200, 403, 404, 401});
        expected.put("withdraw",        new int[] {200, 404, 403, 403, 403, 403, 401});
        expected.put("download result", new int[] {200, 404, 200, 200, 404, 404, 401});
        expected.put("return result",   new int[] {403, 403, 200, 403, 403, 404, 401});
        expected.put("control slip",    new int[] {403, 403, 200, 200, 403, 404, 401});

        var wrong = new ArrayList<String>();
        var table = new StringBuilder();
        for (Action action : actions) {
            table.append("%-16s".formatted(action.name()));
            int column = 0;
            for (var actor : actors.entrySet()) {
                String code = dossierAt(action.state());
                var request = action.request().apply(code).with(csrf());
                if (actor.getValue() != null) {
                    request = request.session(actor.getValue());
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                int want = expected.get(action.name())[column++];
                table.append(" %-14s".formatted(actor.getKey() + "=" + status));
                if (status != want) {
                    wrong.add(action.name() + " by " + actor.getKey() + ": " + status + ", expected " + want);
                }
            }
            table.append('\n');
        }
        assertThat(wrong).as("access matrix:\n" + table).isEmpty();
    }

    private String dossierAt(State state) {
        DossierCode code = DossierTestProcedures.fileWithJustice(intake, uploads, jdbc, PROVINCIAL, null).code();
        reception.accept(JUSTICE_OFFICER, code);
        if (state != State.RECEIVED) {
            processing.take(JUSTICE_OFFICER, code, "forward", "");
            processing.take(JUSTICE_OFFICER, code, "submit", "");
        }
        if (state == State.RESOLVED) {
            processing.take(JUSTICE_LEADER, code, "approve", "");
        }
        return code.value();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
