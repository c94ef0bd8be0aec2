package vn.tinhso.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.Colleagues;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.RoleGrant;
import vn.tinhso.platform.TinhsoProperties;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/**
 * A few demo dossiers, filed and moved on through the same services people use, so that a fresh platform shows
 * every queue of the workspace: the demo citizen's requests for a criminal record certificate at the Department of
 * Justice at every stage (new, received, being processed, waiting for papers, awaiting approval, signed, returned)
 * and a birth registration at the ward of Hải Dương's desk. Only into a database without dossiers, after the demo
 * catalogue and accounts.
 */
@Component
@Order(40)
class DemoDossiers implements ApplicationRunner {

    static final String CRIMINAL_RECORD = "2.000488";
    static final String BIRTH = "1.001193";
    static final String JUSTICE = "000.11.00.H26";
    static final String WARD = "525.00.00.H26";
    private static final byte[] PAPER = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private final Intake intake;
    private final Reception reception;
    private final Processing processing;
    private final Uploads uploads;
    private final Procedures procedures;
    private final Colleagues colleagues;
    private final JdbcClient jdbc;
    private final TinhsoProperties properties;

    DemoDossiers(Intake intake, Reception reception, Processing processing, Uploads uploads, Procedures procedures,
                 Colleagues colleagues, JdbcClient jdbc, TinhsoProperties properties) {
        this.intake = intake;
        this.reception = reception;
        this.processing = processing;
        this.uploads = uploads;
        this.procedures = procedures;
        this.colleagues = colleagues;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM dossier)").query(Boolean.class).single();
        if (properties.demo().enabled() && properties.demo().dossiers() && empty) {
            log.info("Filed {} demo dossiers", load().size());
        }
    }

    /** Files the demo dossiers and moves each to its stage; returns their codes, in order. */
    List<DossierCode> load() {
        if (procedures.current(new ProcedureCode(CRIMINAL_RECORD)).isEmpty()
                || procedures.current(new ProcedureCode(BIRTH)).isEmpty()) {
            return List.of(); // the demo catalogue was not loaded
        }
        CurrentUser citizen = user("030095001234", "Nguyễn Văn An", AccountKind.CITIZEN, Role.CITIZEN, "");
        CurrentUser officer = user("chuyenvien.tuphap", "Phạm Thu Trang", AccountKind.OFFICER, Role.OFFICER, JUSTICE);
        CurrentUser leader = user("lanhdao.tuphap", "Lê Quang Minh", AccountKind.OFFICER, Role.LEADER, JUSTICE);
        CurrentUser desk = user("motcua.haiduong", "Trần Văn Bình", AccountKind.OFFICER, Role.OFFICER,
                "525.01.00.H26");
        var codes = new ArrayList<DossierCode>();
        for (int stage = 0; stage < 7; stage++) {
            DossierCode code = intake.fileOnline(citizen, submission(citizen, CRIMINAL_RECORD, JUSTICE), null).code();
            codes.add(code);
            if (stage == 0) {
                continue; // waits at the desk
            }
            reception.accept(officer, code);
            if (stage == 1) {
                continue;
            }
            processing.take(officer, code, "forward", "Chuyển chuyên viên xử lý");
            processing.assign(leader, code, officer.username());
            if (stage == 2) {
                continue;
            }
            if (stage == 3) {
                reception.requestSupplement(officer, code, "Bản sao Căn cước công dân còn hiệu lực");
                continue;
            }
            processing.take(officer, code, "submit", "Đủ điều kiện cấp Phiếu lý lịch tư pháp số 1");
            if (stage == 4) {
                continue;
            }
            processing.take(leader, code, "approve", "Đồng ý");
            if (stage == 6) {
                processing.returnResult(officer, code, ReturnMethod.ONLINE);
            }
        }
        var birth = new Submission(BIRTH, WARD, new Applicant("Trần Thị Thu", "030305123456", "0987654321", null,
                "Phường Hải Dương, thành phố Hải Phòng"), List.of());
        codes.add(intake.registerAtDesk(desk, birth, Channel.DIRECT).code());
        return codes;
    }

    private Submission submission(CurrentUser citizen, String procedure, String agency) {
        var papers = procedures.current(new ProcedureCode(procedure)).orElseThrow().details().documents();
        var documents = new ArrayList<Submission.Document>();
        for (int paper = 0; paper < papers.size(); paper++) {
            if (papers.get(paper).required()) {
                var upload = uploads.accept(new ByteArrayInputStream(PAPER), "giay-to-" + (paper + 1) + ".pdf",
                        citizen.username(), citizen.accountId());
                documents.add(new Submission.Document(paper, upload.id()));
            }
        }
        return new Submission(procedure, agency, new Applicant("Nguyễn Văn An", "030095001234", "0912345678",
                "an.nguyen@example.vn", "Số 1 Trần Hưng Đạo, phường Hồng Bàng, thành phố Hải Phòng"),
                documents);
    }

    private CurrentUser user(String username, String name, AccountKind kind, Role role, String agency) {
        long id = colleagues.accountId(username).orElseThrow(() -> new IllegalStateException(
                "Demo account " + username + " is missing: demo dossiers need the demo accounts"));
        return new CurrentUser(id, username, name, kind, kind == AccountKind.CITIZEN ? username : null,
                List.of(new RoleGrant(role, agency)));
    }
}
