package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tinhso.dossier.DossierTestProcedures.INTER_AGENCY;
import static vn.tinhso.dossier.DossierTestProcedures.JUSTICE_LEADER;
import static vn.tinhso.dossier.DossierTestProcedures.JUSTICE_OFFICER;
import static vn.tinhso.dossier.DossierTestProcedures.PROVINCIAL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.dossier.signing.ResultSigner;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.RoleGrant;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedures;

/** The workflow interpreter on real dossiers: steps, roles, the signed result, the stopped clock, letters. */
@SpringBootTest
class ProcessingTests {

    @Autowired
    Procedures procedures;
    @Autowired
    Intake intake;
    @Autowired
    Reception reception;
    @Autowired
    Processing processing;
    @Autowired
    Supplements supplements;
    @Autowired
    Uploads uploads;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierDocuments documents;
    @Autowired
    ResultSigner signer;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
    }

    @Test
    void aDossierGoesThroughTheStandardWorkflowToASignedResultAndBack() {
        DossierCode code = received(PROVINCIAL);
        assertThat(dossier(code).progress().step()).isEqualTo("RECEIVED");
        assertThat(dossier(code).progress().stepDueAt()).isBefore(dossier(code).dueAt());

        processing.take(JUSTICE_OFFICER, code, "forward", "Chuyển chuyên viên");
        processing.take(JUSTICE_OFFICER, code, "submit", "Đủ điều kiện cấp");
        assertThat(dossier(code).status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(dossier(code).progress().stepRole()).isEqualTo("LEADER");

        assertThatThrownBy(() -> processing.take(JUSTICE_OFFICER, code, "approve", ""))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(refused.code()).isEqualTo("dossier.action.role");
                });
        processing.take(JUSTICE_LEADER, code, "approve", "Đồng ý");
        Dossier resolved = dossier(code);
        assertThat(resolved.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(resolved.progress().step()).isEqualTo("RETURNING");
        assertThat(resolved.progress().resolvedAt()).isNotNull();

        byte[] result = documents.result(JUSTICE_OFFICER, code);
        var check = signer.verify(result);
        assertThat(check.valid()).as(check.toString()).isTrue();
        assertThat(check.signer()).contains("Sở Tư pháp");
        assertThat(check.agencyCode()).isEqualTo(DossierTestProcedures.JUSTICE);
        byte[] tampered = result.clone();
        tampered[tampered.length / 3] ^= 0x01;
        assertThat(signer.verify(tampered).valid()).isFalse();

        processing.returnResult(JUSTICE_OFFICER, code, ReturnMethod.ONLINE);
        Dossier returned = dossier(code);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.progress().returnMethod()).isEqualTo(ReturnMethod.ONLINE);
        assertThat(returned.progress().step()).isNull();
        var steps = dossiers.steps(returned.id);
        assertThat(steps).extracting(Dossiers.StepRow::step)
                .containsExactly("RECEIVED", "PROCESSING", "AWAITING_APPROVAL", "RETURNING");
        assertThat(steps).allSatisfy(step -> assertThat(step.leftAt()).isNotNull());
        assertThat(steps).extracting(Dossiers.StepRow::action)
                .containsExactly("forward", "submit", "approve", "return-result");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = :code AND action LIKE 'dossier.%'")
                .param("code", code.value()).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(portalStatus(returned)).isEqualTo(10);
    }

    @Test
    void anActionThatDoesNotLeaveTheCurrentStepIsRefusedNamingTheStep() {
        DossierCode code = received(PROVINCIAL);
        assertThatThrownBy(() -> processing.take(JUSTICE_OFFICER, code, "submit", ""))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(refused.code()).isEqualTo("dossier.action.not-here");
                    assertThat(refused.arguments()).contains("submit", "RECEIVED");
                });
        assertThat(dossier(code).progress().step()).isEqualTo("RECEIVED");
    }

    @Test
    void twoLeadersApprovingAtOnceExactlyOneWins() throws Exception {
        DossierCode code = received(PROVINCIAL);
        processing.take(JUSTICE_OFFICER, code, "forward", "");
        processing.take(JUSTICE_OFFICER, code, "submit", "");
        var deputy = new CurrentUser(0, "photruong.tuphap", "Phó Giám đốc", AccountKind.OFFICER, null,
                List.of(new RoleGrant(Role.LEADER, DossierTestProcedures.JUSTICE)));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var outcomes = new ArrayList<Future<Dossier>>();
            for (CurrentUser leader : List.of(JUSTICE_LEADER, deputy)) {
                Callable<Dossier> approve = () -> {
                    start.await();
                    return processing.take(leader, code, "approve", "");
                };
                outcomes.add(pool.submit(approve));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<Dossier> outcome : outcomes) {
                try {
                    outcome.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(Refusal.class);
                    assertThat(((Refusal) e.getCause()).status()).isEqualTo(HttpStatus.CONFLICT);
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Dossier dossier = dossier(code);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_result WHERE dossier_id = :id").param("id", dossier.id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_event WHERE dossier_id = :id AND type = 'resolved'")
                .param("id", dossier.id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSupplementRequestDuringProcessingStopsTheClockUntilThePapersArrive() {
        DossierCode code = received(PROVINCIAL);
        processing.take(JUSTICE_OFFICER, code, "forward", "");
        Instant dueBefore = dossier(code).dueAt();
        reception.requestSupplement(JUSTICE_OFFICER, code, "Bản sao giấy khai sinh");
        Dossier paused = dossier(code);
        assertThat(paused.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(paused.progress().step()).isEqualTo("PROCESSING");
        assertThat(paused.progress().supplementCount()).isEqualTo(1);
        assertThatThrownBy(() -> processing.take(JUSTICE_OFFICER, code, "submit", ""))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("dossier.wrong-state"));

        // The request was made three working days ago: those days do not count against the agency.
        Instant requested = LocalDateTime.now(WorkingCalendar.ZONE).minusDays(7).atZone(WorkingCalendar.ZONE).toInstant();
        jdbc.sql("UPDATE dossier SET paused_at = :at WHERE code = :code")
                .param("at", java.sql.Timestamp.from(requested)).param("code", code.value()).update();
        Duration stopped = deadlines.workingTime(requested, Instant.now());
        var citizen = DossierTestProcedures.demoCitizen(jdbc);
        var upload = uploads.accept(new java.io.ByteArrayInputStream(DossierTestProcedures.PDF), "khai-sinh.pdf",
                citizen.username(), citizen.accountId());
        supplements.complete(citizen, code, List.of(new Submission.Document(0, upload.id())));

        Dossier resumed = dossier(code);
        assertThat(resumed.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(resumed.progress().step()).isEqualTo("PROCESSING");
        assertThat(resumed.progress().pausedAt()).isNull();
        assertThat(resumed.progress().pausedMinutes()).isBetween(stopped.toMinutes() - 1, stopped.toMinutes() + 1);
        assertThat(resumed.dueAt()).isEqualTo(deadlines.later(dueBefore, Duration.ofMinutes(resumed.progress().pausedMinutes()))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                .isAfter(dueBefore);
        processing.take(JUSTICE_OFFICER, code, "submit", "");
    }

    @Test
    void anExtensionNeedsAReasonAndALaterDateAndIssuesForm04() {
        DossierCode code = received(PROVINCIAL);
        Instant due = dossier(code).dueAt();
        LocalDateTime earlier = Deadlines.local(due).minusDays(1);
        assertThatThrownBy(() -> processing.extend(JUSTICE_OFFICER, code, earlier, "Chờ xác minh"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("dossier.extension.not-later"));
        assertThatThrownBy(() -> processing.extend(JUSTICE_OFFICER, code, Deadlines.local(due).plusDays(5), "  "))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("dossier.reason-required"));
        assertThat(dossier(code).dueAt()).isEqualTo(due);

        LocalDateTime later = Deadlines.local(due).plusDays(5).withHour(16).withMinute(0).withSecond(0).withNano(0);
        processing.extend(JUSTICE_OFFICER, code, later, "Chờ kết quả xác minh của Công an");
        Dossier extended = dossier(code);
        assertThat(Deadlines.local(extended.dueAt())).isEqualTo(later);
        assertThat(extended.progress().extensionCount()).isEqualTo(1);
        assertThat(extended.progress().originalDueAt()).isEqualTo(due);
        long letter = jdbc.sql("SELECT id FROM dossier_letter WHERE dossier_id = :id AND form = '04'")
                .param("id", extended.id).query(Long.class).single();
        assertThat(text(documents.letter(JUSTICE_OFFICER, code, letter))).contains(code.value(), "Chờ kết quả xác minh");
    }

    @Test
    void stoppingAndWithdrawingCloseTheDossier() {
        DossierCode stoppedCode = received(PROVINCIAL);
        processing.stop(JUSTICE_LEADER, stoppedCode, "Người yêu cầu không bổ sung hồ sơ trong thời hạn");
        assertThat(dossier(stoppedCode).status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(portalStatus(dossier(stoppedCode))).isEqualTo(8);
        assertThatThrownBy(() -> processing.take(JUSTICE_OFFICER, stoppedCode, "forward", ""))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("dossier.wrong-state"));

        DossierCode withdrawn = received(PROVINCIAL);
        var citizen = DossierTestProcedures.demoCitizen(jdbc);
        processing.withdraw(citizen, withdrawn, "Đã nộp nhầm thủ tục");
        assertThat(dossier(withdrawn).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(portalStatus(dossier(withdrawn))).isEqualTo(7);
        assertThatThrownBy(() -> processing.withdraw(citizen, withdrawn, ""))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("dossier.wrong-state"));
    }

    @Test
    void anInterAgencyStepIsCarriedOutByTheOtherAgencyOnly() {
        DossierCode code = received(INTER_AGENCY);
        processing.take(JUSTICE_OFFICER, code, "forward", "");
        processing.take(JUSTICE_OFFICER, code, "consult", "Đề nghị UBND phường xác minh");
        Dossier consulting = dossier(code);
        assertThat(consulting.progress().handlingAgency()).isEqualTo(DossierTestProcedures.COMMUNE);
        assertThatThrownBy(() -> processing.take(JUSTICE_OFFICER, code, "verified", ""))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(HttpStatus.FORBIDDEN));
        processing.take(DossierTestProcedures.DESK_OFFICER, code, "verified", "Thông tin cư trú chính xác");
        assertThat(dossier(code).progress().handlingAgency()).isEqualTo(DossierTestProcedures.JUSTICE);
        processing.take(JUSTICE_LEADER, code, "approve", "");
        assertThat(dossier(code).status()).isEqualTo(DossierStatus.RESOLVED);
    }

    @Test
    void anOfficerOfAnAgencyThatTakesNoPartSeesNothing() {
        DossierCode code = received(PROVINCIAL);
        assertThatThrownBy(() -> processing.take(DossierTestProcedures.DESK_OFFICER, code, "forward", ""))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void assignmentIsToAColleagueOfTheAgencyAtWork() {
        DossierCode code = received(PROVINCIAL);
        processing.assign(JUSTICE_LEADER, code, "chuyenvien.tuphap");
        assertThat(dossier(code).progress().assignee()).isEqualTo("chuyenvien.tuphap");
        assertThatThrownBy(() -> processing.assign(JUSTICE_LEADER, code, "motcua.haiduong"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("dossier.assign.unknown"));
    }

    private DossierCode received(String procedure) {
        DossierCode code = DossierTestProcedures.fileWithJustice(intake, uploads, jdbc, procedure, null).code();
        reception.accept(JUSTICE_OFFICER, code);
        return code;
    }

    private Dossier dossier(DossierCode code) {
        return dossiers.find(code).orElseThrow();
    }

    private int portalStatus(Dossier dossier) {
        return jdbc.sql("SELECT portal_code FROM portal_status_mapping WHERE status = :s")
                .param("s", dossier.status().name()).query(Integer.class).single();
    }

    static String text(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
