package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;

/**
 * An officer's queues, over the agencies they work for: new online dossiers, dossiers to process, awaiting
 * approval, due within two working days, overdue, waiting for the applicant's supplement, and those assigned to
 * them. A dossier is in the queues of the agency carrying out its current step.
 */
@Component
class Workspace {

    /** The queues, in the order the page shows them. */
    enum Queue { MINE, NEW, PROCESS, APPROVAL, SOON, OVERDUE, SUPPLEMENT }

    private static final Set<DossierStatus> RUNNING = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
    private static final Set<DossierStatus> WORKED_ON = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
            DossierStatus.RESOLVED);

    private final DossierList list;
    private final Officers officers;
    private final Deadlines deadlines;
    private final Clock clock;

    Workspace(DossierList list, Officers officers, Deadlines deadlines, Clock clock) {
        this.list = list;
        this.officers = officers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Every queue of the officer, with its dossiers. */
    Map<Queue, List<DossierList.WorkLine>> queues(CurrentUser officer) {
        Set<String> agencies = officers.agenciesOf(officer);
        Instant now = clock.instant();
        var queues = new LinkedHashMap<Queue, List<DossierList.WorkLine>>();
        queues.put(Queue.MINE, list.handledBy(agencies, WORKED_ON, null, null, officer.username()));
        queues.put(Queue.NEW, list.handledBy(agencies, EnumSet.of(DossierStatus.SUBMITTED), null, null, null));
        queues.put(Queue.PROCESS, list.handledBy(agencies, WORKED_ON, "OFFICER", null, null));
        queues.put(Queue.APPROVAL, list.handledBy(agencies, RUNNING, "LEADER", null, null));
        var dueSoonOrLate = list.handledBy(agencies, RUNNING, null, deadlines.soon(now), null);
        queues.put(Queue.SOON, dueSoonOrLate.stream().filter(line -> !line.dueAt().isBefore(now)).toList());
        queues.put(Queue.OVERDUE, dueSoonOrLate.stream().filter(line -> line.dueAt().isBefore(now)).toList());
        queues.put(Queue.SUPPLEMENT, list.handledBy(agencies, EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED), null,
                null, null).stream().filter(line -> line.receivedAt() != null).toList());
        return queues;
    }
}
