package vn.tinhso.dti.scoring;

/** What an officer may attach as evidence for an indicator: a file of one of these types, or a link. */
public enum EvidenceKind {
    /** A PDF document (signed decisions, reports). */
    PDF,
    /** An Excel workbook. */
    XLSX,
    /** A Word document. */
    DOCX,
    /** A JPEG picture. */
    JPG,
    /** A PNG picture. */
    PNG,
    /** A web address where the evidence can be seen. */
    LINK
}
