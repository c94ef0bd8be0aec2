package vn.tinhso.servicequality;

import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.dossier.DossierExtended;
import vn.tinhso.dossier.DossierRated;
import vn.tinhso.dossier.DossierReceived;
import vn.tinhso.dossier.DossierStopped;
import vn.tinhso.dossier.DossierWithdrawn;
import vn.tinhso.dossier.ResultIssued;
import vn.tinhso.dossier.SupplementCompleted;
import vn.tinhso.dossier.SupplementRequested;

/**
 * Keeps the figures live: on every dossier event that can change what the dossier counts for, recompute its
 * contribution from the read model and apply the difference to the counters, in one transaction. Whatever the
 * event says, the dossier's state is read afresh, so events that arrive twice, late or out of order change nothing
 * twice; the listeners run after the dossier's transaction committed, on their own threads (intake never waits for
 * the province's rows), and the event registry runs again on restart those that did not finish.
 */
@Component
class LiveFigures {

    /** Taken shared by every update, exclusively by a full recomputation. */
    static final String RECOMPUTATION_LOCK = "SELECT pg_advisory_xact_lock%s(hashtextextended('servicequality.recompute', 0))";

    private final JdbcClient jdbc;
    private final Contributions contributions;
    private final DayCounters counters;
    private final OnlineProcedures onlineProcedures;

    LiveFigures(JdbcClient jdbc, Contributions contributions, DayCounters counters, OnlineProcedures onlineProcedures) {
        this.jdbc = jdbc;
        this.contributions = contributions;
        this.counters = counters;
        this.onlineProcedures = onlineProcedures;
    }

    @ApplicationModuleListener
    void on(DossierReceived event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(SupplementRequested event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(SupplementCompleted event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(DossierExtended event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(ResultIssued event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(DossierStopped event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(DossierWithdrawn event) {
        refresh(event.code().value());
    }

    @ApplicationModuleListener
    void on(DossierRated event) {
        refresh(event.code().value());
    }

    /** Brings the counters up to date with one dossier. */
    @Transactional
    void refresh(String dossierCode) {
        jdbc.sql(RECOMPUTATION_LOCK.formatted("_shared")).query().singleRow();
        var found = contributions.idOf(dossierCode);
        if (found.isEmpty()) {
            return;
        }
        long id = found.get();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('servicequality.dossier:' || :id, 0))")
                .param("id", id).query().singleRow();
        Contribution now = contributions.now(id).orElse(null);
        Contribution before = contributions.applied(id).orElse(null);
        if (Objects.equals(now, before)) {
            return;
        }
        if (now != null && before != null && now.agencyCode().equals(before.agencyCode())
                && now.fieldCode().equals(before.fieldCode())) {
            counters.add(now.agencyCode(), now.fieldCode(), Contribution.difference(before, now));
        } else {
            if (before != null) {
                counters.add(before.agencyCode(), before.fieldCode(), Contribution.difference(before, null));
            }
            if (now != null) {
                counters.add(now.agencyCode(), now.fieldCode(), Contribution.difference(null, now));
            }
        }
        if (now == null) {
            contributions.forget(id);
            return;
        }
        if (now.channel() == Contribution.ONLINE && (before == null || !now.receivedDay().equals(before.receivedDay()))) {
            onlineProcedures.mark(now.agencyCode(), now.fieldCode(), now.procedureCode(), now.receivedDay());
        }
        contributions.record(now);
    }
}
