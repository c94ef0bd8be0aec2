package vn.tinhso.procedure.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.procedure.Procedures;

/** The public catalogue API: search, suggestions, one procedure, and its refusals as problem+json. */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedureSearchApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;

    @BeforeEach
    void catalogue() {
        SearchCatalogue.publish(procedures);
    }

    @Test
    void answersAPageOfProceduresBestFirst() throws Exception {
        var inForce = procedures.current(new vn.tinhso.procedure.ProcedureCode("1.001193")).orElseThrow().details();
        mvc.perform(get("/api/procedures").param("q", "lam giay khai sinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("1.001193"))
                .andExpect(jsonPath("$.items[0].name").value("Đăng ký khai sinh"))
                .andExpect(jsonPath("$.items[0].field.name").value("Hộ tịch"))
                .andExpect(jsonPath("$.items[0].level").value("COMMUNE"))
                .andExpect(jsonPath("$.items[0].onlineLevel").value("FULL_PROCESS"))
                .andExpect(jsonPath("$.items[0].agencies[0]").value(inForce.agencyCodes().get(0)))
                .andExpect(jsonPath("$.items[0].processingTime.amount").value(inForce.processingTime().amount()))
                .andExpect(jsonPath("$.items[0].totalFees").value(inForce.totalFees()))
                .andExpect(jsonPath("$.items[0].onNationalPortal").value(inForce.onNationalPortal()))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(3)));
    }

    @Test
    void filtersByFieldLevelOnlineLevelAndAgency() throws Exception {
        mvc.perform(get("/api/procedures").param("q", "dang ky").param("field", "HT").param("level", "commune")
                        .param("online", "PARTIAL").param("agency", SearchCatalogue.COMMUNE).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].field.code", everyItem(is("HT"))))
                .andExpect(jsonPath("$.items[*].onlineLevel", everyItem(is("PARTIAL"))))
                .andExpect(jsonPath("$.items[*].level", everyItem(is("COMMUNE"))));
    }

    @Test
    void capsThePageSizeAtOneHundred() throws Exception {
        mvc.perform(get("/api/procedures").param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
    }

    @Test
    void refusesAnUnknownLevelOrOnlineLevelWithAVietnameseDetail() throws Exception {
        mvc.perform(get("/api/procedures").param("level", "HUYEN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("search.level.unknown"))
                .andExpect(jsonPath("$.detail", containsString("Cấp thực hiện 'HUYEN' không hợp lệ")));
        mvc.perform(get("/api/procedures").param("online", "muc-do-4"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.online.unknown"));
    }

    @Test
    void readsOneProcedureInForceAndAnswers404Or400Otherwise() throws Exception {
        mvc.perform(get("/api/procedures/1.000894"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1.000894"))
                .andExpect(jsonPath("$.details.name").value("Đăng ký kết hôn"))
                .andExpect(jsonPath("$.details.workflow.steps[0].state").value("RECEIVED"));
        mvc.perform(get("/api/procedures/8.888888"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/procedures/khai-sinh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("procedure.code.invalid"))
                .andExpect(jsonPath("$.detail", containsString("không hợp lệ")));
    }

    @Test
    void suggestsNamesWithTheTypedWordsMarked() throws Exception {
        mvc.perform(get("/api/procedures/suggestions").param("q", "ket hon"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("1.000894"))
                .andExpect(jsonPath("$[0].parts[1].text").value("kết hôn"))
                .andExpect(jsonPath("$[0].parts[1].match").value(true))
                .andExpect(jsonPath("$.length()", org.hamcrest.Matchers.lessThanOrEqualTo(8)));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/procedures/{code}"),
                        containsString("/api/procedures/suggestions"), containsString("ProcedurePage"))));
    }

    @Test
    void pageListsResultsWithBadgesAndLinksAndEscapesWhatWasTyped() throws Exception {
        mvc.perform(get("/procedures").param("q", "dang ky ket hon <script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/procedures/1.000894\""),
                        containsString("Một phần"), containsString("keyup changed delay:200ms"),
                        not(containsString("<script>alert(1)</script>")))));
        mvc.perform(get("/procedures").param("online", "FULL_PROCESS").param("level", "COMMUNE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Toàn trình"), containsString("Đăng ký khai sinh"),
                        not(containsString("Đăng ký kết hôn</a>")))));
    }

    @Test
    void suggestionFragmentHighlightsSafely() throws Exception {
        mvc.perform(get("/procedures/suggest").param("q", "khai sinh <b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<mark>khai sinh</mark>"),
                        not(containsString("<b>")), not(containsString("<html")))));
    }

    @Test
    void answersHtmxFilterChangesWithTheResultsOnly() throws Exception {
        mvc.perform(get("/procedures").param("q", "so do").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1.012001"), not(containsString("<html")))));
    }
}
