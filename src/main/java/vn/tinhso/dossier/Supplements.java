package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The applicant answers a supplement request (form 02) online, or at the desk where an officer records the papers:
 * the missing papers are added to the dossier. Before acceptance it goes back to the one-stop officer as newly
 * filed; during processing it resumes at its step and the clock runs again. Papers are appended; nothing received
 * earlier is replaced.
 */
@Service
class Supplements {

    private final Dossiers dossiers;
    private final Uploads uploads;
    private final Names names;
    private final AuditLog audit;
    private final Processing processing;
    private final Deadlines deadlines;
    private final Clock clock;

    Supplements(Dossiers dossiers, Uploads uploads, Names names, AuditLog audit, Processing processing,
                Deadlines deadlines, Clock clock) {
        this.processing = processing;
        this.deadlines = deadlines;
        this.clock = clock;
        this.dossiers = dossiers;
        this.uploads = uploads;
        this.names = names;
        this.audit = audit;
    }

    @Transactional
    Dossier complete(CurrentUser citizen, DossierCode code, List<Submission.Document> documents) {
        Dossier dossier = dossiers.find(code)
                .filter(found -> citizen != null && Long.valueOf(citizen.accountId()).equals(found.ownerAccountId))
                .orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        return completed(citizen, dossier, documents);
    }

    /** The applicant brought the missing papers to the desk; an officer who may handle the dossier records them. */
    @Transactional
    Dossier completeAtDesk(CurrentUser officer, DossierCode code, List<Submission.Document> documents) {
        return completed(officer, processing.handled(officer, code), documents);
    }

    private Dossier completed(CurrentUser actor, Dossier dossier, List<Submission.Document> documents) {
        DossierCode code = dossier.code;
        CurrentUser citizen = actor;
        if (documents.isEmpty()) {
            throw Refusal.of("dossier.supplement.no-papers");
        }
        var papers = names.version(dossier.procedureCode, dossier.procedureVersion).details().documents();
        int position = dossiers.nextDocumentPosition(dossier.id);
        resume(dossier, citizen.username());
        for (Submission.Document document : documents) {
            if (document.paper() >= papers.size()) {
                throw Refusal.of("dossier.document.unknown-paper", document.paper() + 1);
            }
            StoredFile file = uploads.claimable(document.upload(), citizen.username())
                    .orElseThrow(() -> Refusal.of("dossier.document.unknown-upload", document.upload()));
            dossiers.addDocument(dossier.id, position++, papers.get(document.paper()).name(), file);
            uploads.claim(document.upload(), dossier.id);
        }
        dossiers.save(dossier);
        audit.record(citizen.username(), "dossier.supplemented", code.value(), documents.size() + " papers");
        return dossier;
    }

    /** During processing the clock resumes: the due dates move by the working time it was stopped. */
    private void resume(Dossier dossier, String actor) {
        Instant now = clock.instant();
        Instant pausedAt = dossier.progress().pausedAt();
        if (pausedAt == null) {
            dossier.supplemented(actor, now, Duration.ZERO, dossier.dueAt(), null);
            return;
        }
        // whole minutes, as paused_minutes keeps them: a due date of 17:30 moves to 17:30, not to 07:30:00.08
        Duration stopped = deadlines.workingTime(pausedAt, now).truncatedTo(ChronoUnit.MINUTES);
        if (stopped.isNegative()) {
            stopped = Duration.ZERO;
        }
        dossier.supplemented(actor, now, stopped, deadlines.later(dossier.dueAt(), stopped),
                deadlines.later(dossier.progress().stepDueAt(), stopped));
    }
}
