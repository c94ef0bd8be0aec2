package vn.tinhso.procedure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static vn.tinhso.procedure.exchange.Exchanges.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/** A province-sized file imports in seconds, in the background, one import at a time. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueExchangeLoadTests {

    private static final int ROWS = 2_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;
    @Autowired
    ImportJobs jobs;
    @Autowired
    WorkbookWriting writing;

    @Test
    void twoThousandRowsImportInSecondsAndASecondImportMeanwhileIsRefused() throws Exception {
        var publications = new ArrayList<Publication>();
        for (int i = 0; i < ROWS; i++) {
            String code = "9.2%05d".formatted(20_000 + i);
            publications.add(publication(code, TODAY, i % 2 == 0 ? birthRegistration("Thủ tục thử " + i)
                    : criminalRecord("Thủ tục thử " + i)));
        }
        byte[] file = workbook(writing, catalogue(publications));
        MockHttpSession admin = signIn(mvc, "admin");

        Instant start = Instant.now();
        MvcResult accepted = upload(mvc, admin, "2000-thu-tuc.xlsx", file);
        MvcResult second = upload(mvc, admin, "lan-hai.json", "{\"format\": \"tinhso-procedures/1\"}".getBytes());
        mvc.perform(get("/admin/procedures/import/" + jobId(accepted) + "/progress").session(admin))
                .andExpect(content().string(containsString("hx-get=\"/admin/procedures/import/" + jobId(accepted) + "/progress\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 500ms\"")))
                .andExpect(content().string(containsString("<progress")));
        Outcome outcome = await(jobs, jobId(accepted));
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("Imported %d rows (%d KB workbook) in %d ms%n", ROWS, file.length / 1024, took.toMillis());

        assertThat(outcome.kind()).as("%s", outcome).isEqualTo(Outcome.Kind.IMPORTED);
        assertThat(outcome.recorded()).isEqualTo(ROWS);
        // ~3 s on a quiet 2-core machine; the bound only catches a pathological regression on a busy one.
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(second.getResponse().getContentAsString()).contains("Đang có một lần nhập danh mục khác chạy");
        assertThat(procedures.current(new ProcedureCode("9.221999")).orElseThrow().details().fees()).hasSize(2);
        mvc.perform(get("/admin/procedures/import/" + jobId(accepted) + "/progress").session(admin))
                .andExpect(content().string(containsString("Đã nhập 2.000 thủ tục")));
    }

}
