package vn.tinhso.dossier;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.identity.CurrentUser;

/**
 * The platform's side: dossiers registered at the desk of Phường Hải Dương (received at once, waiting at the
 * first step of the benchmark procedure's workflow), moved on by the desk officer with the workflow action
 * {@code next} through {@link Processing#take}, in-process: the service behind the dossier page's buttons.
 */
final class TinhsoFiveSteps implements WorkflowRun.Engine {

    private static final CurrentUser OFFICER = DossierTestProcedures.DESK_OFFICER;

    private final Intake intake;
    private final Processing processing;
    private final Dossiers dossiers;

    TinhsoFiveSteps(Intake intake, Processing processing, Dossiers dossiers) {
        this.intake = intake;
        this.processing = processing;
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "tinhso";
    }

    @Override
    public List<String> start(int instances) {
        var codes = new ArrayList<String>(instances);
        var submission = new Submission(WorkflowBenchmark.PROCEDURE, DossierTestProcedures.COMMUNE,
                new Applicant("Người Đo Hiệu Năng", "001095900000", "0912345678", "", ""), List.of());
        for (int i = 0; i < instances; i++) {
            codes.add(intake.registerAtDesk(OFFICER, submission, Channel.DIRECT).code().value());
        }
        return codes;
    }

    @Override
    public void step(String instance) {
        processing.take(OFFICER, new DossierCode(instance), "next", "");
    }

    @Override
    public String position(String instance) {
        return dossiers.find(new DossierCode(instance)).orElseThrow().progress().step();
    }
}
