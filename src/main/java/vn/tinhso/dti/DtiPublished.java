package vn.tinhso.dti;

import java.time.Instant;

/**
 * The council published the results of a DTI period: its rankings are public from now on.
 *
 * @param periodId the period
 * @param year the year assessed
 * @param at when
 */
public record DtiPublished(long periodId, int year, Instant at) {
}
