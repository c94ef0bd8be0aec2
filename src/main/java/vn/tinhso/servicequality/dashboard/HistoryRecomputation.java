package vn.tinhso.servicequality.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tinhso.dossier.DemoHistoryLoaded;
import vn.tinhso.servicequality.Recomputation;

/**
 * The demo history is written straight into the dossier tables, without the events the live counters follow: the
 * figures are recomputed from the dossiers at once, before the platform opens, so that the dashboard of a fresh
 * platform shows the year.
 */
@Component
class HistoryRecomputation {

    private static final Logger log = LoggerFactory.getLogger(HistoryRecomputation.class);

    private final Recomputation recomputation;

    HistoryRecomputation(Recomputation recomputation) {
        this.recomputation = recomputation;
    }

    @EventListener
    void on(DemoHistoryLoaded history) {
        log.info("Recomputing the service-quality figures after {} demo dossiers from {} to {}", history.dossiers(),
                history.from(), history.to());
        recomputation.runNow("system");
    }
}
