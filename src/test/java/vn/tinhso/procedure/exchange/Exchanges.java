package vn.tinhso.procedure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.CatalogueDocument;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/** What the exchange tests share: sample procedures, signing in, uploading a file and waiting for its import. */
final class Exchanges {

    static final LocalDate TODAY = LocalDate.now(WorkingCalendar.ZONE);
    static final Field TEST_FIELD = new Field("TEST", "Lĩnh vực thử nghiệm");

    private Exchanges() {
    }

    /** A commune-level procedure like birth registration, in the test field. */
    static ProcedureDetails birthRegistration(String name) {
        return new ProcedureDetails(name, "TEST", ProcedureLevel.COMMUNE, List.of("525.00.00.H26"),
                Set.of(Applicant.CITIZEN), new ProcessingTime(1, ProcessingTime.Unit.WORKING_DAYS), LocalTime.of(15, 0),
                OnlineLevel.FULL_PROCESS, true, "Luật Hộ tịch 2014",
                List.of(new RequiredDocument("Tờ khai đăng ký khai sinh", 1, 0, true, "", "TK-KS.docx")),
                List.of(), new Result("Giấy khai sinh", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                Workflow.standard(), false);
    }

    /** A provincial procedure using most of what a version can say: fees, conditional papers, its own workflow. */
    static ProcedureDetails criminalRecord(String name) {
        var workflow = new Workflow(List.of(
                new Workflow.Step("RECEIVED", "OFFICER", 20, "", List.of(new Workflow.Action("forward", "CHECKING", List.of("OFFICER")))),
                new Workflow.Step("CHECKING", "OFFICER", 80, "000.11.00.H26",
                        List.of(new Workflow.Action("issue", Workflow.DONE, List.of("OFFICER", "LEADER"))))));
        return new ProcedureDetails(name, "TEST", ProcedureLevel.PROVINCE, List.of("000.11.00.H26", "000.05.00.H26"),
                Set.of(Applicant.CITIZEN, Applicant.BUSINESS), new ProcessingTime(10, ProcessingTime.Unit.WORKING_DAYS),
                null, OnlineLevel.PARTIAL, false, "Luật Lý lịch tư pháp 2009\nNghị định 111/2010/NĐ-CP",
                List.of(new RequiredDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", 1, 0, true, "", ""),
                        new RequiredDocument("Văn bản ủy quyền", 1, 0, false, "Trường hợp ủy quyền", "")),
                List.of(new Fee("LLTP", Fee.Kind.CHARGE, "Lệ phí cấp Phiếu lý lịch tư pháp", 200_000, "Sở Tư pháp"),
                        new Fee("", Fee.Kind.FEE, "Phí cấp thêm phiếu", 5_000, "")),
                new Result("Phiếu lý lịch tư pháp", Set.of(Result.Form.ELECTRONIC)), workflow, false);
    }

    static Publication publication(String code, LocalDate validFrom, ProcedureDetails details) {
        return new Publication(new ProcedureCode(code), validFrom, details);
    }

    static CatalogueDocument catalogue(List<Publication> publications) {
        return new CatalogueDocument(CatalogueDocument.FORMAT, List.of(TEST_FIELD), publications);
    }

    static byte[] workbook(WorkbookWriting writing, CatalogueDocument catalogue) throws IOException {
        var out = new ByteArrayOutputStream();
        writing.write(catalogue, out);
        return out.toByteArray();
    }

    static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).param("username", username)
                .param("password", "Tinhso@2025")).andExpect(redirectedUrl("/account")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** Uploads a file on the import page; returns the response (a redirect to the job's page when accepted). */
    static MvcResult upload(MockMvc mvc, MockHttpSession session, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/procedures/import").file(new MockMultipartFile("file", name, null, content))
                .session(session).with(csrf())).andReturn();
    }

    /** The id of the job an accepted upload started. */
    static String jobId(MvcResult accepted) {
        String location = accepted.getResponse().getRedirectedUrl();
        assertThat(location).as("upload accepted").startsWith("/admin/procedures/import/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static Outcome await(ImportJobs jobs, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        ImportJob job = jobs.find(id).orElseThrow();
        while (!job.done() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(job.done()).as("import finished").isTrue();
        return job.outcome();
    }
}
