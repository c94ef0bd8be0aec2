package vn.tinhso.dti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.SignIn;
import vn.tinhso.dti.cycle.Assessments;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFrameworks;

/**
 * The yearly cycle over the API, and the bad input it refuses with a Vietnamese message and nothing saved: a unit's
 * assessor answers, adds evidence and submits; the council appraises and publishes; the ranking becomes public; a
 * published point changes only by the council, with a reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DtiCycleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Periods periods;
    @Autowired
    Assessments assessments;
    @Autowired
    StoredFrameworks frameworks;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession science;
    MockHttpSession council;

    @BeforeEach
    void signIn() throws Exception {
        science = SignIn.as(mvc, "dti.khcn");
        council = SignIn.as(mvc, "dti.hoidong");
    }

    @Test
    void aUnitIsAssessedSubmittedAppraisedAndPublishedWithThreeScoresPerIndicator() throws Exception {
        Period period = open(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE, DtiFixtures.OFFICE);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.JUSTICE, 0.6);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.OFFICE, 0.9);
        DtiFixtures.answerAll(assessments, frameworks, period, DtiFixtures.SCIENCE, 0.8);

        answer(period, "NTS-01", "{\"choice\": \"CÓ\", \"note\": \"Quyết định phân công số 12\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfPoints").value(10))
                .andExpect(jsonPath("$.appraisedPoints").value(nullValue()));
        answer(period, "NTS-05", "{\"numerator\": \"9\", \"denominator\": \"10\"}")
                .andExpect(jsonPath("$.selfPoints").value(10));
        answer(period, "NLS-02", "{\"value\": \"0,4\"}").andExpect(jsonPath("$.selfPoints").value(10));
        mvc.perform(post("/api/dti/periods/{id}/units/{a}/submission", period.id(), DtiFixtures.SCIENCE)
                        .session(science).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        mvc.perform(put("/api/dti/periods/{id}/units/{a}/appraisals/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .session(council).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": \"5\", \"comment\": \"Văn bản phân công chưa ký\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfPoints").value(10))
                .andExpect(jsonPath("$.appraisedPoints").value(5));
        mvc.perform(get("/api/dti/periods/{id}/units/{a}/answers", period.id(), DtiFixtures.SCIENCE).session(council))
                .andExpect(jsonPath("$.answers['NTS-01'].appraisalComment").value("Văn bản phân công chưa ký"));

        mvc.perform(get("/api/dti/periods/{id}/ranking", period.id())).andExpect(status().isNotFound());
        mvc.perform(post("/api/dti/periods/{id}/publication", period.id()).session(council).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/dti/periods/{id}/ranking", period.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].agencyCode").value(DtiFixtures.SCIENCE))
                .andExpect(jsonPath("$.lines[0].rank").value(1))
                .andExpect(jsonPath("$.lines[1].agencyCode").value(DtiFixtures.JUSTICE))
                .andExpect(jsonPath("$.lines[2].agencyCode").value(DtiFixtures.OFFICE))
                .andExpect(jsonPath("$.lines[2].rank").value(nullValue()))
                .andExpect(jsonPath("$.lines[0].robustness.p5").value(1));
        mvc.perform(get("/api/dti/periods/{id}/units/{a}", period.id(), DtiFixtures.SCIENCE))
                .andExpect(jsonPath("$.indicators['NTS-01'].selfPoints").value(10))
                .andExpect(jsonPath("$.indicators['NTS-01'].appraisedPoints").value(5));
        assertThat(jdbc.sql("SELECT count(*) FROM dti_robustness WHERE period_id = :p").param("p", period.id())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT robustness_seed FROM dti_period WHERE id = :p").param("p", period.id())
                .query(Long.class).optional()).isPresent();
        assertThat(audited("dti.period.published", "dti-period/" + period.id())).isEqualTo(1);
        assertThat(audited("dti.answer.appraised", "dti-period/" + period.id() + "/" + DtiFixtures.SCIENCE)).isEqualTo(1);
    }

    @Test
    void aRateOutsideZeroToOneIsRefusedAndNothingIsSaved() throws Exception {
        Period period = open(DtiFixtures.SCIENCE);
        answer(period, "NTS-05", "{\"value\": \"1.5\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("dti.answer.rate-range"))
                .andExpect(jsonPath("$.detail").value("Chỉ tiêu NTS-05: tỷ lệ 1.5 phải từ 0 đến 1 (ví dụ 0,85 cho 85%)."));
        answer(period, "NTS-05", "{\"numerator\": \"-1\", \"denominator\": \"10\"}")
                .andExpect(jsonPath("$.code").value("dti.answer.negative"));
        assertThat(answers(period)).isZero();
    }

    @Test
    void pointsAboveTheIndicatorsMaximumAreRefused() throws Exception {
        Period period = open(DtiFixtures.SCIENCE);
        answer(period, "TCS-04", "{\"value\": \"12\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.answer.above-max"))
                .andExpect(jsonPath("$.detail").value("Chỉ tiêu TCS-04: 12 điểm vượt điểm tối đa 10."));
        answer(period, "NTS-01", "{\"choice\": \"CÓ LẼ\"}")
                .andExpect(jsonPath("$.code").value("dti.answer.unknown-grade"));
        answer(period, "NTS-03", "{\"value\": \"ba\"}")
                .andExpect(jsonPath("$.detail").value("Chỉ tiêu NTS-03: “ba” không phải là số."));
        assertThat(answers(period)).isZero();
    }

    @Test
    void anUnknownIndicatorCodeIsRefused() throws Exception {
        Period period = open(DtiFixtures.SCIENCE);
        answer(period, "XYZ-99", "{\"choice\": \"CÓ\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.answer.unknown-indicator"))
                .andExpect(jsonPath("$.detail", containsString("Không có chỉ tiêu “XYZ-99” trong bộ chỉ số 297-department")));
        assertThat(answers(period)).isZero();
    }

    @Test
    void evidenceOfAForbiddenTypeIsRefusedByItsContentNotItsName() throws Exception {
        Period period = open(DtiFixtures.SCIENCE);
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        mvc.perform(multipart("/api/dti/periods/{id}/units/{a}/evidence/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", executable))
                        .session(science).with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("dti.evidence.type"))
                .andExpect(jsonPath("$.detail", containsString("quyet-dinh.pdf")));
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/api/dti/periods/{id}/units/{a}/evidence/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", picture))
                        .session(science).with(csrf()))
                .andExpect(status().isUnsupportedMediaType()); // NTS-01 takes documents and links, not pictures
        mvc.perform(multipart("/api/dti/periods/{id}/units/{a}/evidence/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf",
                                "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .session(science).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").isString());
        mvc.perform(post("/api/dti/periods/{id}/units/{a}/links/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .session(science).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"javascript:alert(1)\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.evidence.link-invalid"));
        assertThat(jdbc.sql("SELECT count(*) FROM dti_evidence WHERE period_id = :p").param("p", period.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAssessorCannotSeeOrChangeAnotherUnit() throws Exception {
        Period period = open(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE);
        mvc.perform(put("/api/dti/periods/{id}/units/{a}/answers/{i}", period.id(), DtiFixtures.JUSTICE, "NTS-01")
                        .session(science).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"CÓ\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("error.not-found"));
        mvc.perform(get("/api/dti/periods/{id}/units/{a}/answers", period.id(), DtiFixtures.JUSTICE).session(science))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dti/periods/{id}/units/{a}", period.id(), DtiFixtures.JUSTICE).session(science))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dti/periods/{id}/units/{a}", period.id(), DtiFixtures.JUSTICE)
                        .session(SignIn.as(mvc, "chuyenvien.tuphap")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/dti/periods/{id}/units/{a}/answers/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .session(council).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"CÓ\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("dti.not-assessor"));
        assertThat(answers(period)).isZero();
    }

    @Test
    void aSubmittedOrPublishedAssessmentCannotBeChanged() throws Exception {
        Period period = open(DtiFixtures.SCIENCE);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.SCIENCE, 0.7);
        answer(period, "NTS-01", "{\"choice\": \"KHÔNG\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("dti.unit.submitted"))
                .andExpect(jsonPath("$.detail", containsString("đã gửi tự đánh giá cho hội đồng")));
        mvc.perform(post("/api/dti/periods/{id}/units/{a}/submission", period.id(), DtiFixtures.SCIENCE)
                        .session(science).with(csrf()))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/dti/periods/{id}/publication", period.id()).session(council).with(csrf()))
                .andExpect(status().isOk());
        answer(period, "NTS-01", "{\"choice\": \"KHÔNG\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("dti.period.published"));
        mvc.perform(put("/api/dti/periods/{id}/units/{a}/appraisals/{i}", period.id(), DtiFixtures.SCIENCE, "NTS-01")
                        .session(council).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": \"0\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/dti/periods/{id}/publication", period.id()).session(council).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT choice FROM dti_answer WHERE period_id = :p AND indicator_code = 'NTS-01'")
                .param("p", period.id()).query(String.class).single()).isEqualTo("CÓ");
    }

    @Test
    void publishedPointsAreCorrectedOnlyByTheCouncilWithAReasonAuditedAndShown() throws Exception {
        Period period = open(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.SCIENCE, 0.6);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.JUSTICE, 0.62);
        periods.publish(DtiFixtures.COUNCIL, period.id());
        mvc.perform(get("/api/dti/periods/{id}/ranking", period.id()))
                .andExpect(jsonPath("$.lines[0].agencyCode").value(DtiFixtures.JUSTICE));

        String correction = "/api/dti/periods/{id}/units/{a}/corrections/{i}";
        mvc.perform(post(correction, period.id(), DtiFixtures.SCIENCE, "HDCDS-08").session(council).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": \"20\", \"comment\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.correction.reason-required"));
        mvc.perform(post(correction, period.id(), DtiFixtures.SCIENCE, "HDCDS-08").session(science).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": \"20\", \"comment\": \"Tự sửa\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(correction, period.id(), DtiFixtures.SCIENCE, "HDCDS-08").session(council).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": \"25\", \"comment\": \"Quá điểm\"}"))
                .andExpect(jsonPath("$.code").value("dti.answer.above-max"));
        for (String indicator : List.of("HDCDS-08", "HDCDS-06", "HDCDS-07", "ATTT-01", "NLS-02")) {
            String max = frameworks.get(period.frameworkId()).framework().indicator(indicator).orElseThrow()
                    .maxPoints().toPlainString();
            mvc.perform(post(correction, period.id(), DtiFixtures.SCIENCE, indicator).session(council).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"points\": \"" + max + "\", \"comment\": \"Bổ sung minh chứng được chấp nhận sau khiếu nại\"}"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.reason").value("Bổ sung minh chứng được chấp nhận sau khiếu nại"));
        }

        mvc.perform(get("/api/dti/periods/{id}/ranking", period.id()))
                .andExpect(jsonPath("$.lines[0].agencyCode").value(DtiFixtures.SCIENCE));
        mvc.perform(get("/dti/periods/{id}/ranking", period.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điều chỉnh sau công bố")))
                .andExpect(content().string(containsString("Bổ sung minh chứng được chấp nhận sau khiếu nại")));
        assertThat(audited("dti.published-points.corrected", "dti-period/" + period.id() + "/" + DtiFixtures.SCIENCE))
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM dti_correction WHERE period_id = :p").param("p", period.id())
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void theCouncilPublishesOnlyOnceEveryUnitHasSubmittedAndAnAssessorCannotPublish() throws Exception {
        Period period = open(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.SCIENCE, 0.6);
        mvc.perform(post("/api/dti/periods/{id}/publication", period.id()).session(science).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/dti/periods/{id}/publication", period.id()).session(council).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("dti.period.units-not-submitted"))
                .andExpect(jsonPath("$.detail", containsString("Sở Tư pháp")));
        mvc.perform(get("/dti/periods/{id}/ranking", period.id())).andExpect(status().isNotFound());
    }

    @Test
    void aSubmissionNeedsEveryIndicatorAnsweredAndEvidenceForPointsClaimed() throws Exception {
        Period period = open(DtiFixtures.SCIENCE);
        answer(period, "NTS-01", "{\"choice\": \"CÓ\"}").andExpect(status().isOk());
        mvc.perform(post("/api/dti/periods/{id}/units/{a}/submission", period.id(), DtiFixtures.SCIENCE)
                        .session(science).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dti.submit.unanswered"))
                .andExpect(jsonPath("$.detail", containsString("còn 32 chỉ tiêu chưa trả lời")));
        var assessor = DtiFixtures.assessor(DtiFixtures.SCIENCE);
        for (var indicator : frameworks.get(period.frameworkId()).framework().indicators()) {
            if (!indicator.code().equals("NTS-01")) {
                assessments.answer(assessor, period.id(), DtiFixtures.SCIENCE, indicator.code(),
                        DtiFixtures.input(indicator, 0));
            }
        }
        mvc.perform(post("/api/dti/periods/{id}/units/{a}/submission", period.id(), DtiFixtures.SCIENCE)
                        .session(science).with(csrf()))
                .andExpect(jsonPath("$.code").value("dti.submit.no-evidence"))
                .andExpect(jsonPath("$.detail", containsString("NTS-01")));
        assertThat(periods.unit(period.id(), DtiFixtures.SCIENCE).orElseThrow().submitted()).isFalse();
    }

    @Test
    void onlyTheCouncilOrTheAdministratorOpensAPeriodAndBadDatesAreRefused() throws Exception {
        long framework = frameworks.latest("297-department").orElseThrow().id();
        int year = DtiFixtures.freshYear();
        String body = """
                {"year": %d, "frameworkId": %d, "selfAssessmentDue": "%s", "appraisalDue": "%s",
                 "units": ["000.13.00.H26"], "unranked": []}
                """;
        mvc.perform(post("/api/dti/periods").session(science).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(year, framework, "2041-01-31", "2041-02-28")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/dti/periods").session(council).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(year, framework, "2041-02-28", "2041-01-31")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Hạn thẩm định (31/01/2041) không được trước hạn tự đánh giá (28/02/2041)."));
        mvc.perform(post("/api/dti/periods").session(SignIn.as(mvc, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(year, framework, "2041-01-31", "2041-02-28")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("DTI " + year + " — " + frameworks.get(framework).name()));
        mvc.perform(post("/api/dti/periods").session(council).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(year, framework, "2041-01-31", "2041-02-28")))
                .andExpect(status().isConflict());
    }

    private Period open(String... units) {
        return DtiFixtures.open(periods, frameworks, DtiFixtures.freshYear(), List.of(units),
                List.of(units).contains(DtiFixtures.OFFICE) ? List.of(DtiFixtures.OFFICE) : List.of());
    }

    private ResultActions answer(Period period, String indicator, String json) throws Exception {
        return mvc.perform(put("/api/dti/periods/{id}/units/{a}/answers/{i}", period.id(), DtiFixtures.SCIENCE, indicator)
                .session(science).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** The answers somebody typed (automatic indicators filled in from the statistics at opening left out). */
    private int answers(Period period) {
        return jdbc.sql("SELECT count(*) FROM dti_answer WHERE period_id = :p AND NOT prefilled").param("p", period.id())
                .query(Integer.class).single();
    }

    private int audited(String action, String subject) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action AND subject = :subject")
                .param("action", action).param("subject", subject).query(Integer.class).single();
    }
}
