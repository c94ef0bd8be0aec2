package vn.tinhso.dossier;

import java.time.LocalDate;

/**
 * A year of demo history was written straight into the dossier tables, without the events each dossier's changes
 * publish: whoever keeps figures derived from those events (service-quality statistics) must recompute them.
 *
 * @param from the first day with history
 * @param to the last day with history
 * @param dossiers how many dossiers were written
 */
public record DemoHistoryLoaded(LocalDate from, LocalDate to, int dossiers) {
}
