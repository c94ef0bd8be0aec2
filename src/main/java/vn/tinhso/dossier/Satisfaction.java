package vn.tinhso.dossier;

import vn.tinhso.platform.Refusal;

/** How satisfied the applicant was with the handling of their dossier, on the national portal's three levels. */
public enum Satisfaction {
    /** Rất hài lòng. */
    VERY_SATISFIED,
    /** Hài lòng. */
    SATISFIED,
    /** Không hài lòng. */
    DISSATISFIED;

    /** The level named by a form or a request; refused with a message that lists the choices. */
    static Satisfaction parse(String name) {
        for (Satisfaction level : values()) {
            if (level.name().equals(name == null ? null : name.strip())) {
                return level;
            }
        }
        throw Refusal.of("dossier.rating.level-unknown");
    }
}
