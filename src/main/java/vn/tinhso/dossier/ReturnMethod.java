package vn.tinhso.dossier;

/** How the result reaches the applicant. */
public enum ReturnMethod {
    /** In the applicant's account (an electronic result). */
    ONLINE,
    /** At the one-stop desk. */
    DESK,
    /** By public post (dịch vụ bưu chính công ích). */
    POST
}
