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
    private final JdbcClient jdbc;
    private final Clock clock;

    Tracking(Dossiers dossiers, Deadlines deadlines, JdbcClient jdbc, Clock clock) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
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
        Instant due = dossier.dueAt();
        Long daysLeft = due == null || dossier.status().closed() ? null : deadlines.workingDaysLeft(clock.instant(), due);
        List<DossierState.Step> history = dossiers.history(dossier.id).stream()
                .map(entry -> new DossierState.Step(entry.at(), entry.type(), entry.status(), entry.note())).toList();
        return new DossierState(dossier.code, dossier.procedureCode, dossier.agencyCode, dossier.channel,
                dossier.status(), portalStatus, dossier.submittedAt, dossier.receivedAt(), due, daysLeft, history);
    }

    private static boolean matches(Dossier dossier, String lastFour) {
        if (lastFour == null) {
            return false;
        }
        byte[] expected = dossier.applicant.identityNumber().substring(8).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, lastFour.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
