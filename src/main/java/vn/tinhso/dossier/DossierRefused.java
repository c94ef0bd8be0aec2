package vn.tinhso.dossier;

/**
 * A dossier was refused at reception (form 03, Thông tư 01/2018/TT-VPCP).
 *
 * @param code the dossier
 * @param reason why, as told to the applicant
 */
public record DossierRefused(DossierCode code, String reason) {
}
