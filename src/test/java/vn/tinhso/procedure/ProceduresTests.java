package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.platform.Refusal;

@SpringBootTest
class ProceduresTests {

    static final LocalDate TODAY = LocalDate.now(vn.tinhso.organization.WorkingCalendar.ZONE);

    @Autowired
    Procedures procedures;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fields() {
        procedures.addFields(List.of(new Field("TEST", "Lĩnh vực thử nghiệm")));
    }

    static ProcedureDetails birthRegistration(String name) {
        return new ProcedureDetails(name, "TEST", ProcedureLevel.COMMUNE, List.of("525.00.00.H26"),
                Set.of(Applicant.CITIZEN), new ProcessingTime(1, ProcessingTime.Unit.WORKING_DAYS), LocalTime.of(15, 0),
                OnlineLevel.FULL_PROCESS, true, "Luật Hộ tịch 2014",
                List.of(new RequiredDocument("Tờ khai đăng ký khai sinh", 1, 0, true, "", "TK-KS.docx")),
                List.of(), new Result("Giấy khai sinh", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                Workflow.standard(), false);
    }

    @Test
    void aChangeTakesEffectOnItsDateAndEarlierVersionsStayReadable() {
        var code = new ProcedureCode("9.100001");
        procedures.publish(new Publication(code, TODAY.minusDays(10), birthRegistration("Đăng ký khai sinh (thử)")), "tester");
        procedures.publish(new Publication(code, TODAY.plusDays(5), birthRegistration("Đăng ký khai sinh (bản mới)")), "tester");

        assertThat(procedures.current(code)).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.name()).isEqualTo("Đăng ký khai sinh (thử)");
            assertThat(p.details().cutoffTime()).isEqualTo(LocalTime.of(15, 0));
            assertThat(p.details().documents()).hasSize(1);
            assertThat(p.details().workflow()).isEqualTo(Workflow.standard());
        });
        assertThat(procedures.asOf(code, TODAY.plusDays(5)).orElseThrow().name()).isEqualTo("Đăng ký khai sinh (bản mới)");
        assertThat(procedures.asOf(code, TODAY.minusDays(11))).isEmpty();
        assertThat(procedures.history(code)).extracting(Procedure::version).containsExactly(2, 1);
    }

    @Test
    void everyProblemIsListedAndNothingIsRecorded() {
        var bad = new ProcedureDetails("", "NOPE", ProcedureLevel.COMMUNE, List.of("999.99.99.H99", "sai ma"),
                Set.of(Applicant.CITIZEN), new ProcessingTime(0, ProcessingTime.Unit.WORKING_DAYS), null,
                OnlineLevel.NONE, false, "", List.of(), List.of(new Fee("", Fee.Kind.CHARGE, "Lệ phí", -5, "")),
                new Result("Kết quả", Set.of(Result.Form.PAPER)),
                new Workflow(List.of(new Workflow.Step("RECEIVED", "OFFICER", 50, "",
                        List.of(new Workflow.Action("go", "NOWHERE", List.of("WIZARD")))))), false);
        var good = new Publication(new ProcedureCode("9.100002"), TODAY, birthRegistration("Hợp lệ"));
        var invalid = new Publication(new ProcedureCode("9.100003"), TODAY, bad);

        assertThatThrownBy(() -> procedures.publishAll(List.of(good, invalid), "tester"))
                .isInstanceOfSatisfying(InvalidProcedure.class, refusal -> assertThat(refusal.problems())
                        .allSatisfy(problem -> assertThat(problem.index()).isEqualTo(1))
                        .extracting(problem -> problem.violation().messageKey())
                        .contains("NotBlank", "Min", "PositiveOrZero", "procedure.field.unknown",
                                "procedure.agency.unknown", "procedure.agency.malformed", "procedure.workflow.shares",
                                "procedure.workflow.unknown-state", "procedure.workflow.unknown-role",
                                "procedure.workflow.no-end"));
        assertThat(procedures.current(good.code())).isEmpty();
    }

    @Test
    void aMalformedCodeIsRefused() {
        assertThatThrownBy(() -> new ProcedureCode("1001193")).isInstanceOf(Refusal.class);
    }

    @Test
    void anAbolishedProcedureIsNoLongerOffered() {
        var code = new ProcedureCode("9.100004");
        procedures.publish(new Publication(code, TODAY.minusDays(3), birthRegistration("Sẽ bị bãi bỏ")), "tester");
        assertThat(procedures.offeredToday()).extracting(Procedure::code).contains(code);
        var abolished = birthRegistration("Sẽ bị bãi bỏ");
        abolished = new ProcedureDetails(abolished.name(), abolished.fieldCode(), abolished.level(), abolished.agencyCodes(),
                abolished.applicants(), abolished.processingTime(), abolished.cutoffTime(), abolished.onlineLevel(),
                abolished.onNationalPortal(), abolished.legalBasis(), abolished.documents(), abolished.fees(),
                abolished.result(), abolished.workflow(), true);
        procedures.publish(new Publication(code, TODAY, abolished), "tester");
        assertThat(procedures.offeredToday()).extracting(Procedure::code).doesNotContain(code);
        assertThat(procedures.current(code).orElseThrow().online()).isFalse();
    }
}
