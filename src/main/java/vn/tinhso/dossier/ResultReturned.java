package vn.tinhso.dossier;

import java.time.Instant;

/**
 * The result was handed back to the applicant (Đã trả kết quả).
 *
 * @param code the dossier
 * @param method online, at the desk or by post
 * @param at when
 */
public record ResultReturned(DossierCode code, ReturnMethod method, Instant at) {
}
