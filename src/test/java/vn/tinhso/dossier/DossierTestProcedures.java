package vn.tinhso.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Applicant;
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
    public static final String COMMUNE = "525.00.00.H26";
    public static final String OTHER_COMMUNE = "507.00.00.H26";
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private DossierTestProcedures() {
    }

    public static void publish(Procedures procedures) {
        if (procedures.current(new ProcedureCode(ONLINE)).isPresent()) {
            return;
        }
        procedures.addFields(List.of(new Field("HS-TEST", "Hồ sơ thử nghiệm")));
        LocalDate from = LocalDate.now(WorkingCalendar.ZONE).minusDays(1);
        procedures.publishAll(List.of(
                new Publication(new ProcedureCode(ONLINE), from, details("Đăng ký khai sinh (thử)", OnlineLevel.FULL_PROCESS)),
                new Publication(new ProcedureCode(DESK_ONLY), from, details("Thủ tục chỉ tại quầy (thử)", OnlineLevel.NONE))),
                "tester");
    }

    private static ProcedureDetails details(String name, OnlineLevel online) {
        return new ProcedureDetails(name, "HS-TEST", ProcedureLevel.COMMUNE, List.of(COMMUNE, OTHER_COMMUNE),
                Set.of(Applicant.CITIZEN), new ProcessingTime(3, ProcessingTime.Unit.WORKING_DAYS), LocalTime.of(15, 0),
                online, true, "Luật Hộ tịch 2014",
                List.of(new RequiredDocument("Tờ khai đăng ký khai sinh", 1, 0, true, "", ""),
                        new RequiredDocument("Giấy ủy quyền", 1, 0, false, "Khi nộp thay", "")),
                List.of(), new Result("Giấy khai sinh", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                Workflow.standard(), false);
    }
}
