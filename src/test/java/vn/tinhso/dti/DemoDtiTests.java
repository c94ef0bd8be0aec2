package vn.tinhso.dti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.SignIn;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;

/** A fresh platform with the DTI demo on shows a living DTI: two published years, an open one, the national tables. */
@SpringBootTest(properties = "tinhso.demo.dti=true")
@AutoConfigureMockMvc
class DemoDtiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Periods periods;

    @Test
    void theDemoPublishesTwoYearsOfTheDepartmentsAndLeavesTheCurrentYearOpen() throws Exception {
        assertThat(periods.published()).extracting(Period::year).containsExactly(2025, 2024);
        Period open = periods.all().stream().filter(p -> !p.published()).findFirst().orElseThrow();
        assertThat(periods.unit(open.id(), DtiFixtures.SCIENCE).orElseThrow().submitted()).isFalse();

        long current = periods.published().get(0).id();
        mvc.perform(get("/dti/periods/{id}/ranking", current))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("So với năm 2024")))
                .andExpect(content().string(containsString("Không xếp hạng")));
        mvc.perform(get("/api/dti/periods/{id}/robustness", current))
                .andExpect(jsonPath("$.draws").value(1000))
                .andExpect(jsonPath("$.intervals.length()").value(9));
        mvc.perform(get("/api/dti/province").param("year", "2022"))
                .andExpect(jsonPath("$.rank").value(13));
        mvc.perform(get("/dti/work").session(SignIn.as(mvc, "dti.khcn")))
                .andExpect(content().string(containsString("/dti/periods/" + open.id() + "/units/" + DtiFixtures.SCIENCE)));
    }
}
