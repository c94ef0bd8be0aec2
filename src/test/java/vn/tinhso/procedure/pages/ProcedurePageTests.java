package vn.tinhso.procedure.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.procedure.pages.TestCatalogue.TODAY;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/** The public page of a procedure and its history, as a citizen reads them. */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedurePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Procedures procedures;

    @BeforeEach
    void fields() {
        procedures.addFields(List.of(new Field("PGTP", "Lý lịch tư pháp (thử)"), new Field("PGXD", "Xây dựng (thử)")));
    }

    @Test
    void anOnlineProcedureAnswersTheCitizensQuestionsInVietnamese() throws Exception {
        publish("9.301001", TestCatalogue.criminalRecord("Cấp Phiếu lý lịch tư pháp (thử)"));

        mvc.perform(get("/procedures/9.301001"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Cấp Phiếu lý lịch tư pháp (thử)"),
                        containsString("Dịch vụ công trực tuyến toàn trình"),
                        containsString("Nộp hồ sơ trực tuyến"),
                        containsString("href=\"/dossiers/new?procedure=9.301001\""),
                        containsString("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"),
                        containsString("1 bản chính, 0 bản sao"),
                        containsString("Khi người yêu cầu ủy quyền cho người khác"),
                        containsString("10 ngày làm việc"),
                        containsString("Hồ sơ nhận sau 15:00 được tính vào ngày làm việc tiếp theo"),
                        containsString("200.000 đồng"),
                        containsString("Sở Tư pháp thành phố Hải Phòng"),
                        containsString("href=\"/agencies/000.11.00.H26\""),
                        containsString("Bản điện tử"),
                        containsString("Thông tư 06/2013/TT-BTP"),
                        containsString("Lãnh đạo xem xét, phê duyệt"),
                        containsString("Phiên bản 1, hiệu lực từ " + TODAY.minusDays(1).format(
                                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
    }

    @Test
    void aProcedureNotOfferedOnlineHasNoButtonAndSaysItIsFree() throws Exception {
        var offline = TestCatalogue.details("Cấp phép thử không trực tuyến", "PGXD", ProcedureLevel.PROVINCE,
                List.of(TestCatalogue.CONSTRUCTION), OnlineLevel.NONE, false, List.of());
        offline = new ProcedureDetails(offline.name(), offline.fieldCode(), offline.level(), offline.agencyCodes(),
                offline.applicants(), new ProcessingTime(4, ProcessingTime.Unit.WORKING_HOURS), (LocalTime) null,
                offline.onlineLevel(), false, offline.legalBasis(), offline.documents(), offline.fees(),
                offline.result(), offline.workflow(), false);
        publish("9.301002", offline);

        mvc.perform(get("/procedures/9.301002"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa cung cấp trực tuyến"),
                        containsString("Không mất phí, lệ phí"), containsString("4 giờ làm việc"),
                        not(containsString("Nộp hồ sơ trực tuyến")), not(containsString("được tính vào ngày")))));
    }

    @Test
    void anAbolishedProcedureSaysSo() throws Exception {
        var details = TestCatalogue.criminalRecord("Thủ tục thử sẽ bãi bỏ");
        publish("9.301003", details);
        procedures.publish(new Publication(new ProcedureCode("9.301003"), TODAY, abolished(details)), "tester");

        mvc.perform(get("/procedures/9.301003"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("đã bị bãi bỏ"),
                        not(containsString("Nộp hồ sơ trực tuyến")))));
    }

    @Test
    void unknownAndMalformedCodesAreNotFound() throws Exception {
        mvc.perform(get("/procedures/9.399999")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy thủ tục")));
        mvc.perform(get("/procedures/khong-phai-ma")).andExpect(status().isNotFound());
        mvc.perform(get("/procedures/khong-phai-ma/versions")).andExpect(status().isNotFound());
    }

    @Test
    void theHistoryListsEveryVersionWithWhatChanged() throws Exception {
        var details = TestCatalogue.criminalRecord("Thủ tục thử có lịch sử");
        publish("9.301004", details);
        procedures.publish(new Publication(new ProcedureCode("9.301004"), TODAY,
                TestCatalogue.withName(abolished(details), "Thủ tục thử có lịch sử (sửa)")), "quantri.tuphap");

        mvc.perform(get("/procedures/9.301004/versions"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ban hành lần đầu"),
                        containsString("<li>Tên thủ tục</li>"), containsString("<li>Bãi bỏ</li>"),
                        not(containsString("<li>Phí, lệ phí</li>")), containsString("quantri.tuphap"))));
    }

    private void publish(String code, ProcedureDetails details) {
        procedures.publish(new Publication(new ProcedureCode(code), TODAY.minusDays(1), details), "tester");
    }

    private static ProcedureDetails abolished(ProcedureDetails d) {
        return new ProcedureDetails(d.name(), d.fieldCode(), d.level(), d.agencyCodes(), d.applicants(),
                d.processingTime(), d.cutoffTime(), d.onlineLevel(), d.onNationalPortal(), d.legalBasis(),
                d.documents(), d.fees(), d.result(), d.workflow(), true);
    }
}
