package vn.tinhso.servicequality.index;

/**
 * What an indicator counts: the numerator and denominator of its rate, and where tinhso finds them. A measure of
 * {@link Source#NONE} is not recorded by the platform yet: its indicators show "no data" and score 0 points, so that
 * a missing module never earns full marks.
 */
public enum IndexMeasure {
    /** Procedures announced (công bố) on time by the chairman's decision; the catalogue records no decision dates. */
    PROCEDURES_ANNOUNCED_ON_TIME(Source.NONE),
    /** Procedures updated and published on the portal on time; no decision dates either. */
    PROCEDURES_PUBLISHED_ON_TIME(Source.NONE),
    /** Procedures in force whose published record has every component / procedures of the unit in force. */
    PROCEDURES_FULLY_PUBLISHED(Source.CATALOGUE),
    /** Dossiers synchronised with the national portal; waits for the integration module. */
    DOSSIERS_SYNCED(Source.NONE),
    /** Dossiers settled early or on time, and those in progress within their deadline / both. */
    ON_TIME(Source.DOSSIERS),
    /** Dossiers settled with an electronic result / dossiers settled. */
    ELECTRONIC_RESULTS(Source.DOSSIERS),
    /** Dossiers received with their papers digitised / dossiers received. */
    DIGITISED(Source.DOSSIERS),
    /** Dossiers that reused digitised data instead of asking again; not recorded yet. */
    DIGITISED_DATA_REUSED(Source.NONE),
    /** Procedures offered online (full-process or partial) / procedures of the unit. */
    PROCEDURES_ONLINE(Source.DOSSIERS),
    /** Online procedures with at least one online dossier in the period / online procedures. */
    ONLINE_SERVICES_USED(Source.DOSSIERS),
    /** Dossiers filed online / dossiers received. */
    ONLINE_DOSSIERS(Source.DOSSIERS),
    /** Procedures with an online payment; waits for the payment module. */
    PROCEDURES_PAID_ONLINE(Source.NONE),
    /** Dossiers paid online; waits for the payment module. */
    DOSSIERS_PAID_ONLINE(Source.NONE),
    /** Feedback (phản ánh, kiến nghị) answered by its due date / feedback due in the period. */
    FEEDBACK_ON_TIME(Source.FEEDBACK),
    /** Applicants satisfied with the answer to their feedback; answers are not rated yet. */
    FEEDBACK_SATISFACTION(Source.NONE),
    /** Ratings "very satisfied" or "satisfied" / ratings given. */
    SATISFIED(Source.DOSSIERS);

    /** Where the platform finds a measure's figures. */
    public enum Source {
        /** The dossier statistics of the unit and period. */
        DOSSIERS,
        /** The procedure catalogue in force. */
        CATALOGUE,
        /** The feedback and complaints about the unit's dossiers. */
        FEEDBACK,
        /** Not recorded by the platform yet. */
        NONE
    }

    private final Source source;

    IndexMeasure(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    /** Whether the platform records this measure. */
    public boolean recorded() {
        return source != Source.NONE;
    }
}
