package vn.tinhso.organization;

/** Tier of an administrative unit (Luật Tổ chức chính quyền địa phương). */
public enum UnitLevel {

    /** Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương); 2-digit code. */
    PROVINCE,

    /** District-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh); 3-digit code; abolished on 01/07/2025. */
    DISTRICT,

    /** Commune-level unit (xã, phường, thị trấn, đặc khu); 5-digit code. */
    COMMUNE
}
