package vn.tinhso.procedure;

/** The level of government that settles the procedure (cấp thực hiện). */
public enum ProcedureLevel {
    /** Provincial departments and the provincial People's Committee (cấp tỉnh). */
    PROVINCE,
    /** District level (cấp huyện), abolished on 01/07/2025; kept for earlier versions. */
    DISTRICT,
    /** Communes, wards and special zones (cấp xã). */
    COMMUNE
}
