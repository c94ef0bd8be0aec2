package vn.tinhso.procedure.pages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/** Procedures the page tests publish: codes 9.3xxxxx, fields of their own, the demo agencies. */
final class TestCatalogue {

    static final LocalDate TODAY = LocalDate.now(WorkingCalendar.ZONE);
    static final String JUSTICE = "000.11.00.H26";
    static final String CONSTRUCTION = "000.15.00.H26";

    private TestCatalogue() {
    }

    /** A criminal-record certificate of the Department of Justice: online, 200.000 đồng, two papers. */
    static ProcedureDetails criminalRecord(String name) {
        return details(name, "PGTP", ProcedureLevel.PROVINCE, List.of(JUSTICE), OnlineLevel.FULL_PROCESS, true,
                List.of(new Fee("", Fee.Kind.CHARGE, "Lệ phí cấp Phiếu lý lịch tư pháp", 200_000, "Sở Tư pháp")));
    }

    static ProcedureDetails details(String name, String field, ProcedureLevel level, List<String> agencies,
                                    OnlineLevel online, boolean portal, List<Fee> fees) {
        return new ProcedureDetails(name, field, level, agencies, Set.of(Applicant.CITIZEN),
                new ProcessingTime(10, ProcessingTime.Unit.WORKING_DAYS), LocalTime.of(15, 0), online, portal,
                "Luật Lý lịch tư pháp 2009\nThông tư 06/2013/TT-BTP",
                List.of(new RequiredDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", 1, 0, true, "", "Mẫu 03/2013/TT-LLTP"),
                        new RequiredDocument("Văn bản ủy quyền", 1, 0, false, "người yêu cầu ủy quyền cho người khác", "")),
                fees, new Result("Phiếu lý lịch tư pháp", Set.of(Result.Form.PAPER, Result.Form.ELECTRONIC)),
                Workflow.standard(), false);
    }

    static ProcedureDetails withName(ProcedureDetails d, String name) {
        return new ProcedureDetails(name, d.fieldCode(), d.level(), d.agencyCodes(), d.applicants(), d.processingTime(),
                d.cutoffTime(), d.onlineLevel(), d.onNationalPortal(), d.legalBasis(), d.documents(), d.fees(),
                d.result(), d.workflow(), d.abolished());
    }
}
