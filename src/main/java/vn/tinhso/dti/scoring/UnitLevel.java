package vn.tinhso.dti.scoring;

/** The kind of unit a framework assesses. */
public enum UnitLevel {
    /** A province or centrally-run city (tỉnh, thành phố trực thuộc Trung ương). */
    PROVINCE,
    /** A department of the provincial People's Committee (sở, ban, ngành). */
    DEPARTMENT,
    /** A commune, ward or special zone (xã, phường, đặc khu). */
    COMMUNE,
    /** A district; only for years before the two-tier local government of 01/07/2025. */
    DISTRICT
}
