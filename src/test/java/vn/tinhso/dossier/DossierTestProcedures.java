package vn.tinhso.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.RoleGrant;
import vn.tinhso.organization.WorkingCalendar;
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

/** Procedures the dossier tests file against, published once per database. */
public final class DossierTestProcedures {

    public static final String ONLINE = "9.400001";
    public static final String DESK_ONLY = "9.400002";
    /** Full-process online, received and processed by the Department of Justice with the standard workflow. */
    public static final String PROVINCIAL = "9.400003";
    /** Inter-agency ("liên thông"): the Department of Justice asks the ward of Hải Dương to verify, then approves. */
    public static final String INTER_AGENCY = "9.400004";
    public static final String JUSTICE = "000.11.00.H26";
    public static final String COMMUNE = "525.00.00.H26";
    public static final String OTHER_COMMUNE = "507.00.00.H26";
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The demo one-stop officer of Phường Hải Dương's desk, which receives for the ward's People's Committee. */
    static final CurrentUser DESK_OFFICER = new CurrentUser(0, "motcua.haiduong", "Trần Văn Bình", AccountKind.OFFICER,
            null, List.of(new RoleGrant(Role.OFFICER, "525.01.00.H26")));
    /** The demo specialist of the Department of Justice. */
    static final CurrentUser JUSTICE_OFFICER = new CurrentUser(0, "chuyenvien.tuphap", "Phạm Thu Trang",
            AccountKind.OFFICER, null, List.of(new RoleGrant(Role.OFFICER, JUSTICE)));
    /** The demo leader of the Department of Justice. */
    static final CurrentUser JUSTICE_LEADER = new CurrentUser(0, "lanhdao.tuphap", "Lê Quang Minh",
            AccountKind.OFFICER, null, List.of(new RoleGrant(Role.LEADER, JUSTICE)));

    private DossierTestProcedures() {
    }

    /** The demo citizen Nguyễn Văn An, as signed in. */
    static CurrentUser demoCitizen(JdbcClient jdbc) {
        long id = jdbc.sql("SELECT id FROM account WHERE username = '030095001234'").query(Long.class).single();
        return new CurrentUser(id, "030095001234", "Nguyễn Văn An", AccountKind.CITIZEN, "030095001234",
                List.of(new RoleGrant(Role.CITIZEN, "")));
    }

    /** The demo citizen files the online test procedure with its required paper uploaded. */
    static Filed fileOnline(Intake intake, Uploads uploads, JdbcClient jdbc, String fileName, String email,
                            String address) {
        CurrentUser citizen = demoCitizen(jdbc);
        var upload = uploads.accept(new java.io.ByteArrayInputStream(PDF), fileName, citizen.username(),
                citizen.accountId());
        var submission = new Submission(ONLINE, COMMUNE, new Applicant("Nguyễn Văn An", "030095001234", "0912345678",
                email, address), List.of(new Submission.Document(0, upload.id())));
        return intake.fileOnline(citizen, submission, null);
    }

    /** The demo citizen files a procedure of the Department of Justice online. */
    static Filed fileWithJustice(Intake intake, Uploads uploads, JdbcClient jdbc, String procedure, String email) {
        CurrentUser citizen = demoCitizen(jdbc);
        var upload = uploads.accept(new java.io.ByteArrayInputStream(PDF), "to-khai.pdf", citizen.username(),
                citizen.accountId());
        var submission = new Submission(procedure, JUSTICE, new Applicant("Nguyễn Văn An", "030095001234", "0912345678",
                email, "Số 1 Trần Hưng Đạo, Hải Phòng"), List.of(new Submission.Document(0, upload.id())));
        return intake.fileOnline(citizen, submission, null);
    }

    public static void publish(Procedures procedures) {
        if (procedures.current(new ProcedureCode(ONLINE)).isPresent()) {
            return;
        }
        procedures.addFields(List.of(new Field("HS-TEST", "Hồ sơ thử nghiệm")));
        LocalDate from = LocalDate.now(WorkingCalendar.ZONE).minusDays(1);
        procedures.publishAll(List.of(
                new Publication(new ProcedureCode(ONLINE), from, details("Đăng ký khai sinh (thử)", OnlineLevel.FULL_PROCESS)),
                new Publication(new ProcedureCode(DESK_ONLY), from, details("Thủ tục chỉ tại quầy (thử)", OnlineLevel.NONE)),
                new Publication(new ProcedureCode(PROVINCIAL), from, provincial("Cấp phiếu lý lịch tư pháp (thử)",
                        Workflow.standard())),
                new Publication(new ProcedureCode(INTER_AGENCY), from, provincial("Thủ tục liên thông (thử)",
                        interAgency()))),
                "tester");
    }

    private static ProcedureDetails provincial(String name, Workflow workflow) {
        return new ProcedureDetails(name, "HS-TEST", ProcedureLevel.PROVINCE, List.of(JUSTICE),
                Set.of(vn.tinhso.procedure.Applicant.CITIZEN), new ProcessingTime(10, ProcessingTime.Unit.WORKING_DAYS),
                LocalTime.of(16, 0), OnlineLevel.FULL_PROCESS, true, "Luật Lý lịch tư pháp 2009",
                List.of(new RequiredDocument("Tờ khai yêu cầu cấp phiếu", 1, 0, true, "", "")),
                List.of(), new Result("Phiếu lý lịch tư pháp", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                workflow, false);
    }

    /** Received and prepared by the department, verified by the ward, approved by the department's leader. */
    static Workflow interAgency() {
        return new Workflow(List.of(
                new Workflow.Step("RECEIVED", "OFFICER", 10, "", List.of(
                        new Workflow.Action("forward", "PROCESSING", List.of("OFFICER")))),
                new Workflow.Step("PROCESSING", "OFFICER", 30, "", List.of(
                        new Workflow.Action("consult", "VERIFYING", List.of("OFFICER")))),
                new Workflow.Step("VERIFYING", "OFFICER", 30, COMMUNE, List.of(
                        new Workflow.Action("verified", "AWAITING_APPROVAL", List.of("OFFICER")))),
                new Workflow.Step("AWAITING_APPROVAL", "LEADER", 20, "", List.of(
                        new Workflow.Action("approve", "RETURNING", List.of("LEADER")),
                        new Workflow.Action("send-back", "PROCESSING", List.of("LEADER")))),
                new Workflow.Step("RETURNING", "OFFICER", 10, "", List.of(
                        new Workflow.Action("return-result", Workflow.DONE, List.of("OFFICER"))))));
    }

    private static ProcedureDetails details(String name, OnlineLevel online) {
        return new ProcedureDetails(name, "HS-TEST", ProcedureLevel.COMMUNE, List.of(COMMUNE, OTHER_COMMUNE),
                Set.of(vn.tinhso.procedure.Applicant.CITIZEN), new ProcessingTime(3, ProcessingTime.Unit.WORKING_DAYS), LocalTime.of(15, 0),
                online, true, "Luật Hộ tịch 2014",
                List.of(new RequiredDocument("Tờ khai đăng ký khai sinh", 1, 0, true, "", ""),
                        new RequiredDocument("Giấy ủy quyền", 1, 0, false, "Khi nộp thay", "")),
                List.of(), new Result("Giấy khai sinh", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                Workflow.standard(), false);
    }
}
