package vn.tinhso.dossier;

/**
 * The applicant was asked to complete the dossier (form 02, Thông tư 01/2018/TT-VPCP): before acceptance, or
 * during processing, when the clock stops until the papers arrive.
 *
 * @param code the dossier
 * @param missing what is missing or must be corrected
 */
public record SupplementRequested(DossierCode code, String missing) {
}
