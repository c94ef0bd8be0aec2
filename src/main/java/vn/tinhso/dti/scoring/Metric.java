package vn.tinhso.dti.scoring;

/**
 * A figure tinhso computes itself from its dossiers and catalogue, fed to {@link ScoringRule.Automatic}
 * indicators as a rate between 0 and 1 (Quyết định 766/QĐ-TTg indicators, Nghị định 42/2022/NĐ-CP levels).
 */
public enum Metric {
    /** Dossiers received online / all dossiers received. */
    ONLINE_DOSSIER_RATE,
    /** Dossiers resolved on time / dossiers resolved. */
    ON_TIME_RATE,
    /** Results returned electronically / results returned. */
    E_RESULT_RATE,
    /** Fees paid online / fees paid. */
    ONLINE_PAYMENT_RATE,
    /** Full-process online services / procedures. */
    FULL_PROCESS_SHARE,
    /** Procedures offered online (full or partial) / procedures. */
    ONLINE_SERVICE_SHARE,
    /** Dossiers whose papers and results were digitised / dossiers. */
    DIGITISATION_RATE,
    /** Satisfied ratings / ratings. */
    SATISFACTION_RATE
}
