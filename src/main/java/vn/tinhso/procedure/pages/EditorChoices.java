package vn.tinhso.procedure.pages;

import java.util.List;

import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Result;

/** The values the editor's selects and check boxes offer. */
record EditorChoices(List<ProcedureLevel> levels, List<Applicant> applicants, List<ProcessingTime.Unit> units,
                     List<OnlineLevel> onlineLevels, List<Fee.Kind> feeKinds, List<Result.Form> resultForms) {

    static final EditorChoices INSTANCE = new EditorChoices(List.of(ProcedureLevel.values()), List.of(Applicant.values()),
            List.of(ProcessingTime.Unit.values()), List.of(OnlineLevel.values()), List.of(Fee.Kind.values()),
            List.of(Result.Form.values()));
}
