package vn.tinhso.dti.cycle;

import java.time.Instant;

import vn.tinhso.dti.scoring.Framework;

/**
 * A framework version as stored: the framework itself and who imported it when.
 *
 * @param id surrogate identifier, in addresses and periods
 * @param framework the framework, read from its stored JSON document
 */
public record StoredFramework(long id, Framework framework, String importedBy, Instant importedAt) {

    public String code() {
        return framework.code();
    }

    public int version() {
        return framework.version();
    }

    public String name() {
        return framework.name();
    }

    /** e.g. {@code 297-department v1}. */
    public String label() {
        return framework.code() + " v" + framework.version();
    }
}
