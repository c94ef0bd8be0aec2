package vn.tinhso.dossier;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.platform.NotFound;

/**
 * Where a dossier stands, for anyone who knows its code and the last four digits of the applicant's identity
 * number. A wrong second factor and an unknown code get the same answer, so codes cannot be enumerated.
 */
@Service
class Tracking {

    private final Dossiers dossiers;
    private final Deadlines deadlines;
    private final Names names;
    private final JdbcClient jdbc;
    private final Clock clock;

    Tracking(Dossiers dossiers, Deadlines deadlines, Names names, JdbcClient jdbc, Clock clock) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.names = names;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    DossierState track(DossierCode code, String lastFour) {
        Dossier dossier = dossiers.find(code).filter(found -> matches(found, lastFour))
                .orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        return stateOf(dossier);
    }

    DossierState stateOf(Dossier dossier) {
        int portalStatus = jdbc.sql("SELECT portal_code FROM portal_status_mapping WHERE status = :status")
                .param("status", dossier.status().name()).query(Integer.class).optional().orElse(0);
        Schedule schedule = schedule(dossier);
        Instant due = schedule.dueAt();
        boolean running = !dossier.status().closed() && !dossier.status().resolved()
                && dossier.progress().pausedAt() == null;
        Long daysLeft = due == null || !running ? null : deadlines.workingDaysLeft(clock.instant(), due);
        List<DossierState.Step> history = dossiers.history(dossier.id).stream()
                .map(entry -> new DossierState.Step(entry.at(), entry.type(), entry.status(), entry.note())).toList();
        return new DossierState(dossier.code, dossier.procedureCode, dossier.agencyCode, dossier.channel,
                dossier.status(), portalStatus, dossier.submittedAt, schedule.receivedAt(), due, schedule.expected(),
                daysLeft, history);
    }

    /**
     * When the dossier was received and is due; for an online dossier not accepted yet, when it can expect to be,
     * if the one-stop officer accepts it at the start of the next working period.
     */
    Schedule schedule(Dossier dossier) {
        if (dossier.receivedAt() != null || dossier.status() != DossierStatus.SUBMITTED) {
            return new Schedule(dossier.receivedAt(), dossier.dueAt(), false);
        }
        var procedure = names.version(dossier.procedureCode, dossier.procedureVersion).details();
        Instant receipt = deadlines.receipt(dossier.submittedAt, procedure.cutoffTime());
        return new Schedule(receipt, deadlines.due(receipt, procedure.processingTime()), true);
    }

    /** Receipt and due moments, and whether they are only expected. */
    record Schedule(Instant receivedAt, Instant dueAt, boolean expected) {
    }

    private static boolean matches(Dossier dossier, String lastFour) {
        if (lastFour == null) {
            return false;
        }
        byte[] expected = dossier.applicant.identityNumber().substring(8).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, lastFour.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
