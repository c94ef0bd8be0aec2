package vn.tinhso.dti;

import java.time.Instant;

/**
 * The council corrected a published indicator's points, with a reason: the period's rankings changed.
 *
 * @param periodId the period
 * @param agencyCode the unit corrected
 * @param indicatorCode the indicator corrected
 * @param at when
 */
public record DtiCorrected(long periodId, String agencyCode, String indicatorCode, Instant at) {
}
