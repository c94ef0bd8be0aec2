package vn.tinhso.servicequality;

import java.time.Instant;

/**
 * How far a full recomputation of the figures got.
 *
 * @param id its number
 * @param startedAt when it started
 * @param startedBy who asked for it ({@code system} on the first start)
 * @param status RUNNING, DONE or FAILED
 * @param stage the step it is at: contributions, agencies, units, done
 * @param dossiers how many dossiers it counted, once done
 * @param rows how many day rows it wrote, once done
 * @param finishedAt when it ended
 * @param error why it failed
 */
public record RecomputationStatus(long id, Instant startedAt, String startedBy, String status, String stage,
                                  Long dossiers, Long rows, Instant finishedAt, String error) {
}
