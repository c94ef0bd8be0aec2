package vn.tinhso.dossier;

/**
 * The applicant withdrew the dossier (Công dân yêu cầu rút hồ sơ).
 *
 * @param code the dossier
 * @param reason the applicant's reason, may be empty
 */
public record DossierWithdrawn(DossierCode code, String reason) {
}
