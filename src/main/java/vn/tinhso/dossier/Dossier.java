package vn.tinhso.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;

/**
 * The dossier aggregate: its state changes are small methods that check the state they start from, change it,
 * and record what happened (an event for other modules and a line of history).
 */
final class Dossier {

    final long id;
    final DossierCode code;
    final String procedureCode;
    final int procedureVersion;
    final String agencyCode;
    final Channel channel;
    final Long ownerAccountId;
    final Applicant applicant;
    final Instant submittedAt;
    private DossierStatus status;
    private Instant receivedAt;
    private Instant dueAt;
    private final int version;
    private final List<Object> events = new ArrayList<>();
    private final List<HistoryLine> history = new ArrayList<>();

    Dossier(long id, DossierCode code, String procedureCode, int procedureVersion, String agencyCode, Channel channel,
            Long ownerAccountId, Applicant applicant, Instant submittedAt, DossierStatus status, Instant receivedAt,
            Instant dueAt, int version) {
        this.id = id;
        this.code = code;
        this.procedureCode = procedureCode;
        this.procedureVersion = procedureVersion;
        this.agencyCode = agencyCode;
        this.channel = channel;
        this.ownerAccountId = ownerAccountId;
        this.applicant = applicant;
        this.submittedAt = submittedAt;
        this.status = status;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.version = version;
    }

    Dossier receive(Instant at, Instant due, String actor) {
        require(DossierStatus.SUBMITTED);
        receivedAt = at;
        dueAt = due;
        change(DossierStatus.RECEIVED, actor, "received", "");
        events.add(new DossierReceived(code, agencyCode, at, due));
        return this;
    }

    Dossier refuse(String reason, String actor) {
        if (status != DossierStatus.SUBMITTED && status != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw wrongState();
        }
        change(DossierStatus.REFUSED, actor, "refused", reason);
        events.add(new DossierRefused(code, reason));
        return this;
    }

    Dossier requestSupplement(String missing, String actor) {
        require(DossierStatus.SUBMITTED);
        change(DossierStatus.SUPPLEMENT_REQUESTED, actor, "supplement-requested", missing);
        events.add(new SupplementRequested(code, missing));
        return this;
    }

    Dossier supplemented(String actor) {
        require(DossierStatus.SUPPLEMENT_REQUESTED);
        change(DossierStatus.SUBMITTED, actor, "supplemented", "");
        return this;
    }

    private void require(DossierStatus expected) {
        if (status != expected) {
            throw wrongState();
        }
    }

    private Refusal wrongState() {
        return new Refusal(HttpStatus.CONFLICT, "dossier.wrong-state", code.value(),
                new DefaultMessageSourceResolvable("dossier.status." + status));
    }

    private void change(DossierStatus to, String actor, String type, String note) {
        history.add(new HistoryLine(type, status, to, actor, note));
        status = to;
    }

    DossierStatus status() {
        return status;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    int version() {
        return version;
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    List<HistoryLine> history() {
        return List.copyOf(history);
    }

    /** A change not yet written to {@code dossier_event}. */
    record HistoryLine(String type, DossierStatus from, DossierStatus to, String actor, String note) {
    }
}
