package vn.tinhso.dossier;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/**
 * Moves dossiers through the real dossier services for tests of other modules (the statistics), which cannot reach
 * the package-private services themselves: filing, reception, the standard workflow, supplements, letters,
 * withdrawal and rating. Dossiers are filed for the Department of Justice under procedures of their own field.
 */
public final class DossierScenario {

    /** The field of the scenario's procedures, used by nothing else. */
    public static final String FIELD = "SQ-TEST";
    /** Full-process online, with a fee; the Department of Justice, ten working days, standard workflow. */
    public static final String PROCEDURE = "9.700001";
    /** At the desk only, free; the Department of Justice, five working days. */
    public static final String DESK_PROCEDURE = "9.700002";
    public static final String JUSTICE = DossierTestProcedures.JUSTICE;

    private final Intake intake;
    private final Reception reception;
    private final Processing processing;
    private final Supplements supplements;
    private final Uploads uploads;
    private final Ratings ratings;
    private final JdbcClient jdbc;

    private DossierScenario(ApplicationContext context) {
        intake = context.getBean(Intake.class);
        reception = context.getBean(Reception.class);
        processing = context.getBean(Processing.class);
        supplements = context.getBean(Supplements.class);
        uploads = context.getBean(Uploads.class);
        ratings = context.getBean(Ratings.class);
        jdbc = context.getBean(JdbcClient.class);
        publish(context.getBean(Procedures.class));
    }

    public static DossierScenario in(ApplicationContext context) {
        return new DossierScenario(context);
    }

    /** The demo citizen files online; the Department of Justice accepts it. Returns the dossier code. */
    public String receivedOnline() {
        CurrentUser citizen = DossierTestProcedures.demoCitizen(jdbc);
        var upload = uploads.accept(new ByteArrayInputStream(DossierTestProcedures.PDF), "to-khai.pdf",
                citizen.username(), citizen.accountId());
        var submission = new Submission(PROCEDURE, JUSTICE, applicant(),
                List.of(new Submission.Document(0, upload.id())));
        DossierCode code = intake.fileOnline(citizen, submission, null).code();
        reception.accept(DossierTestProcedures.JUSTICE_OFFICER, code);
        return code.value();
    }

    /** Filed online and not yet accepted (nothing to count yet). */
    public String submittedOnline() {
        CurrentUser citizen = DossierTestProcedures.demoCitizen(jdbc);
        var upload = uploads.accept(new ByteArrayInputStream(DossierTestProcedures.PDF), "to-khai.pdf",
                citizen.username(), citizen.accountId());
        var submission = new Submission(PROCEDURE, JUSTICE, applicant(),
                List.of(new Submission.Document(0, upload.id())));
        return intake.fileOnline(citizen, submission, null).code().value();
    }

    /** Registered at the desk or by post (received at once), with a scanned paper or without. */
    public String receivedAtDesk(Channel channel, boolean scanned) {
        CurrentUser officer = DossierTestProcedures.JUSTICE_OFFICER;
        List<Submission.Document> documents = List.of();
        if (scanned) {
            var upload = uploads.accept(new ByteArrayInputStream(DossierTestProcedures.PDF), "ban-quet.pdf",
                    officer.username(), null);
            documents = List.of(new Submission.Document(0, upload.id()));
        }
        return intake.registerAtDesk(officer, new Submission(DESK_PROCEDURE, JUSTICE, applicant(), documents), channel)
                .code().value();
    }

    /** Forward, submit and the leader's approval: the signed result is issued. */
    public void resolve(String code) {
        DossierCode dossier = new DossierCode(code);
        processing.take(DossierTestProcedures.JUSTICE_OFFICER, dossier, "forward", "");
        processing.take(DossierTestProcedures.JUSTICE_OFFICER, dossier, "submit", "");
        processing.take(DossierTestProcedures.JUSTICE_LEADER, dossier, "approve", "");
    }

    public void returnResult(String code) {
        processing.returnResult(DossierTestProcedures.JUSTICE_OFFICER, new DossierCode(code), ReturnMethod.DESK);
    }

    /** The officer asks for papers during processing: the clock stops. */
    public void requestSupplement(String code) {
        reception.requestSupplement(DossierTestProcedures.JUSTICE_OFFICER, new DossierCode(code), "Bản sao");
    }

    /** The papers arrive at the desk: the clock runs again. */
    public void completeSupplement(String code) {
        CurrentUser officer = DossierTestProcedures.JUSTICE_OFFICER;
        var upload = uploads.accept(new ByteArrayInputStream(DossierTestProcedures.PDF), "bo-sung.pdf",
                officer.username(), null);
        supplements.completeAtDesk(officer, new DossierCode(code), List.of(new Submission.Document(0, upload.id())));
    }

    public void extend(String code, LocalDateTime newDue) {
        processing.extend(DossierTestProcedures.JUSTICE_OFFICER, new DossierCode(code), newDue, "Chờ xác minh");
    }

    public void stop(String code) {
        processing.stop(DossierTestProcedures.JUSTICE_LEADER, new DossierCode(code), "Không đủ điều kiện");
    }

    public void withdraw(String code) {
        processing.withdraw(DossierTestProcedures.demoCitizen(jdbc), new DossierCode(code), "Nộp nhầm");
    }

    /** The demo citizen rates: VERY_SATISFIED, SATISFIED or DISSATISFIED. */
    public void rate(String code, String level) {
        ratings.rate(DossierTestProcedures.demoCitizen(jdbc), code, level, "");
    }

    private static Applicant applicant() {
        return new Applicant("Nguyễn Văn An", "030095001234", "0912345678", "an@example.vn", "Hải Phòng");
    }

    private static void publish(Procedures procedures) {
        if (procedures.current(new ProcedureCode(PROCEDURE)).isPresent()) {
            return;
        }
        procedures.addFields(List.of(new Field(FIELD, "Lĩnh vực thử nghiệm thống kê")));
        var from = java.time.LocalDate.now(vn.tinhso.organization.WorkingCalendar.ZONE).minusYears(3);
        procedures.publishAll(List.of(
                new Publication(new ProcedureCode(PROCEDURE), from, details("Thủ tục thống kê trực tuyến (thử)",
                        OnlineLevel.FULL_PROCESS, 10, List.of(new Fee("", Fee.Kind.CHARGE, "Lệ phí", 200_000, "")))),
                new Publication(new ProcedureCode(DESK_PROCEDURE), from, details("Thủ tục thống kê tại quầy (thử)",
                        OnlineLevel.NONE, 5, List.of()))),
                "tester");
    }

    private static ProcedureDetails details(String name, OnlineLevel online, int days, List<Fee> fees) {
        return new ProcedureDetails(name, FIELD, ProcedureLevel.PROVINCE, List.of(JUSTICE),
                Set.of(vn.tinhso.procedure.Applicant.CITIZEN), new ProcessingTime(days, ProcessingTime.Unit.WORKING_DAYS),
                LocalTime.of(23, 59), online, false, "Thử nghiệm",
                List.of(new RequiredDocument("Tờ khai", 1, 0, online != OnlineLevel.NONE, "", "")),
                fees, new Result("Kết quả", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                Workflow.standard(), false);
    }
}
