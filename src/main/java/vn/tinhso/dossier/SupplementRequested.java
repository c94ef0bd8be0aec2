package vn.tinhso.dossier;

/**
 * The applicant was asked to complete the dossier before it is accepted (form 02, Thông tư 01/2018/TT-VPCP).
 *
 * @param code the dossier
 * @param missing what is missing or must be corrected
 */
public record SupplementRequested(DossierCode code, String missing) {
}
