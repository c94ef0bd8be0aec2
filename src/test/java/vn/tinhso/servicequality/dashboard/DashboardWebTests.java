package vn.tinhso.servicequality.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.dossier.DossierScenario;
import vn.tinhso.organization.WorkingCalendar;

/**
 * The dashboard's JSON and pages: the Office sees the province, a commune's one-stop officer their commune, a citizen
 * nothing; a dossier received online shows in the headline, the units and the drill-down.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void theOfficeSeesTheProvinceWithEveryFigureAsJson() throws Exception {
        String code = DossierScenario.in(context).receivedOnline();
        var office = SignIn.as(mvc, "vanphong.ubnd");
        // received at the next working moment: tomorrow morning when the test runs in the evening
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        String from = today.minusDays(1).toString();
        String to = today.plusDays(10).toString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/service-quality/dashboard/dossiers").session(office)
                                .param("measure", "RECEIVED_ONLINE").param("from", from).param("to", to))
                        .andExpect(jsonPath("$[*].code", Matchers.hasItem(code))));
        mvc.perform(get("/api/service-quality/dashboard").session(office).param("from", from).param("to", to))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("000.00.00.H26"))
                .andExpect(jsonPath("$.figures.receivedOnline").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.figures.indexScore").isNumber())
                .andExpect(jsonPath("$.previous.received").isNumber());
        mvc.perform(get("/api/service-quality/dashboard/trend").session(office).param("granularity", "WEEK")
                        .param("from", "2026-11-02").param("to", "2026-11-22"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].from").value("2026-11-02"));
        mvc.perform(get("/api/service-quality/dashboard/units").session(office).param("rankBy", "ONLINE")
                        .param("from", from).param("to", to))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].onlineRate").value(Matchers.greaterThan(0.0)))
                .andExpect(jsonPath("$[?(@.code == '" + DossierScenario.JUSTICE + "')].receivedOnline")
                        .value(Matchers.contains(Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$[?(@.code == '525.00.00.H26')].commune").value(Matchers.contains(true)));
        mvc.perform(get("/service-quality").session(office))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hồ sơ quá hạn")))
                .andExpect(content().string(Matchers.containsString("id=\"trend-chart\"")));
        mvc.perform(get("/service-quality/dossiers").session(office).param("measure", "OVERDUE"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        Matchers.containsString("Hồ sơ quá hạn: Ủy ban nhân dân thành phố Hải Phòng")));
    }

    @Test
    void aCommuneDeskOfficerSeesTheirCommuneOnlyAndCitizensNothing() throws Exception {
        var desk = SignIn.as(mvc, "motcua.haiduong");
        mvc.perform(get("/api/service-quality/dashboard").session(desk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("525.00.00.H26"));
        mvc.perform(get("/api/service-quality/dashboard").session(desk).param("unit", "000.00.00.H26"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/service-quality").session(SignIn.as(mvc, "030095001234")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/service-quality/dashboard").session(desk).param("from", "2026-02-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/service-quality").session(desk).param("kind", "MONTH").param("month", "13"))
                .andExpect(status().isBadRequest());
    }
}
