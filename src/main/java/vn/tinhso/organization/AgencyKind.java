package vn.tinhso.organization;

/** What sort of body an agency is; decides where it sits in the province's organisation. */
public enum AgencyKind {

    /** People's committee (Ủy ban nhân dân) of a province or commune. */
    PEOPLES_COMMITTEE,

    /** Department, office or other specialised body (sở, ban, ngành; Văn phòng UBND). */
    DEPARTMENT,

    /** Public administration service centre (Trung tâm Phục vụ hành chính công) of the province. */
    SERVICE_CENTRE,

    /** One-stop desk of a commune (Bộ phận Một cửa cấp xã). */
    COMMUNE_SERVICE_POINT,

    /** Any other agency that receives or handles dossiers. */
    OTHER
}
