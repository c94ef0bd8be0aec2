package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.IdentityNumber;
import vn.tinhso.identity.Role;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Workflow;
import vn.tinhso.procedure.RequiredDocument;

/**
 * Files dossiers: online by a citizen, or at the desk and by post by an officer of the receiving agency.
 * Everything is checked before anything is written, and the dossier, its documents, its code, its first line of
 * history and its audit entry are written in one transaction: no half-created dossier.
 */
@Service
class Intake {

    private final Procedures procedures;
    private final DossierCodes codes;
    private final Dossiers dossiers;
    private final Uploads uploads;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Officers officers;
    private final Tracking tracking;
    private final Clock clock;

    Intake(Procedures procedures, DossierCodes codes, Dossiers dossiers, Uploads uploads, Deadlines deadlines,
           AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, Officers officers, Tracking tracking,
           Clock clock) {
        this.procedures = procedures;
        this.codes = codes;
        this.dossiers = dossiers;
        this.uploads = uploads;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.officers = officers;
        this.tracking = tracking;
        this.clock = clock;
    }

    /**
     * A citizen files a dossier online. A retry with the same idempotency key answers the dossier already filed.
     */
    @Transactional
    Filed fileOnline(CurrentUser citizen, Submission submission, String idempotencyKey) {
        if (citizen == null || !citizen.hasRole(Role.CITIZEN)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dossier.citizens-only");
        }
        if (idempotencyKey != null) {
            jdbc.sql("SELECT pg_advisory_xact_lock(:account, hashtext(:key))").param("account", (int) citizen.accountId())
                    .param("key", idempotencyKey).query().singleRow();
            var earlier = dossiers.findByIdempotencyKey(citizen.accountId(), idempotencyKey);
            if (earlier.isPresent()) {
                return answer(earlier.get(), true);
            }
        }
        Procedure procedure = offered(submission.procedureCode());
        if (!procedure.online()) {
            throw Refusal.of("dossier.procedure-not-online", procedure.name());
        }
        Instant now = clock.instant();
        Instant receipt = deadlines.receipt(now, procedure.details().cutoffTime());
        return file(procedure, submission, Channel.ONLINE, DossierStatus.SUBMITTED, citizen, citizen.accountId(),
                receipt, idempotencyKey, now);
    }

    /** An officer registers a dossier handed in at the desk or received by post; it is received at once. */
    @Transactional
    Filed registerAtDesk(CurrentUser officer, Submission submission, Channel channel) {
        if (channel == Channel.ONLINE) {
            throw Refusal.of("dossier.desk-channel");
        }
        Procedure procedure = offered(submission.procedureCode());
        String agency = agencyFor(procedure, submission.agencyCode());
        if (!officers.mayReceiveFor(officer, agency)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dossier.not-your-agency", agency);
        }
        Instant now = clock.instant();
        Instant receipt = deadlines.receipt(now, procedure.details().cutoffTime());
        return file(procedure, submission, channel, DossierStatus.RECEIVED, officer, null, receipt, null, now);
    }

    private Filed file(Procedure procedure, Submission submission, Channel channel, DossierStatus status,
                       CurrentUser actor, Long owner, Instant receipt, String idempotencyKey, Instant now) {
        String agency = agencyFor(procedure, submission.agencyCode());
        var applicant = checkedApplicant(submission.applicant());
        Map<Integer, StoredFile> files = checkedDocuments(procedure, submission.documents(), actor.username(),
                channel == Channel.ONLINE);
        Instant due = deadlines.due(receipt, procedure.details().processingTime());
        DossierCode code = codes.next(agency, Deadlines.local(now).toLocalDate());
        long id = dossiers.insert(new NewDossier(code, procedure.code().value(), procedure.version(), agency, channel,
                status, owner, applicant, now, status == DossierStatus.RECEIVED ? receipt : null,
                status == DossierStatus.RECEIVED ? due : null, actor.username(), idempotencyKey));
        List<RequiredDocument> papers = procedure.details().documents();
        files.forEach((paper, file) -> dossiers.addDocument(id, paper, papers.get(paper).name(), file));
        submission.documents().forEach(document -> uploads.claim(document.upload(), id));
        if (status == DossierStatus.RECEIVED) {
            Workflow.Step first = procedure.details().workflow().first();
            dossiers.start(id, first, agency, receipt, actor.username(),
                    deadlines.stepDue(receipt, procedure.details().processingTime(), first.sharePercent(), due));
        }
        dossiers.record(id, new Dossier.HistoryLine(channel == Channel.ONLINE ? "submitted" : "registered", null,
                status, actor.username(), ""));
        events.publishEvent(new DossierSubmitted(code, procedure.code().value(), agency, channel, now, due));
        if (status == DossierStatus.RECEIVED) {
            events.publishEvent(new DossierReceived(code, agency, receipt, due));
        }
        // Last statement before commit: the audit chain's lock is held from here until the commit.
        audit.record(actor.username(), "dossier.filed", code.value(), channel + " " + procedure.code());
        return new Filed(code, status, now, receipt, due, deadlines.workingDaysLeft(now, due), false);
    }

    private Filed answer(Dossier dossier, boolean repeated) {
        var schedule = tracking.schedule(dossier);
        Long daysLeft = schedule.dueAt() == null ? null : deadlines.workingDaysLeft(clock.instant(), schedule.dueAt());
        return new Filed(dossier.code, dossier.status(), dossier.submittedAt, schedule.receivedAt(), schedule.dueAt(),
                daysLeft, repeated);
    }

    private Procedure offered(String code) {
        var procedure = procedures.current(new ProcedureCode(code))
                .orElseThrow(() -> Refusal.of("dossier.procedure-unknown", code));
        if (procedure.details().abolished()) {
            throw Refusal.of("dossier.procedure-abolished", procedure.name());
        }
        return procedure;
    }

    private static String agencyFor(Procedure procedure, String requested) {
        List<String> agencies = procedure.details().agencyCodes();
        if (requested == null || requested.isBlank()) {
            if (agencies.size() == 1) {
                return agencies.get(0);
            }
            throw Refusal.of("dossier.agency-required", String.join(", ", agencies));
        }
        if (!agencies.contains(requested.strip())) {
            throw Refusal.of("dossier.agency-not-implementing", requested, procedure.name());
        }
        return requested.strip();
    }

    private static Applicant checkedApplicant(Applicant applicant) {
        var number = IdentityNumber.parse(applicant.identityNumber());
        return new Applicant(applicant.fullName(), number.value(), applicant.phone(), applicant.email(),
                applicant.address());
    }

    /** Online, every required paper must be uploaded; at the desk, papers handed over but not scanned are fine. */
    private Map<Integer, StoredFile> checkedDocuments(Procedure procedure, List<Submission.Document> documents,
                                                      String uploadedBy, boolean allRequired) {
        List<RequiredDocument> papers = procedure.details().documents();
        var files = new HashMap<Integer, StoredFile>();
        for (Submission.Document document : documents) {
            if (document.paper() >= papers.size() || files.containsKey(document.paper())) {
                throw Refusal.of("dossier.document.unknown-paper", document.paper() + 1);
            }
            files.put(document.paper(), uploads.claimable(document.upload(), uploadedBy)
                    .orElseThrow(() -> Refusal.of("dossier.document.unknown-upload", document.upload())));
        }
        for (int paper = 0; paper < papers.size(); paper++) {
            if (allRequired && papers.get(paper).required() && !files.containsKey(paper)) {
                throw Refusal.of("dossier.document.missing", papers.get(paper).name());
            }
        }
        return files;
    }
}
