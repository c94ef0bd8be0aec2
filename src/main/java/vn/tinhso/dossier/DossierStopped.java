package vn.tinhso.dossier;

/**
 * The agency stopped processing the dossier (form 05).
 *
 * @param code the dossier
 * @param reason why
 */
public record DossierStopped(DossierCode code, String reason) {
}
