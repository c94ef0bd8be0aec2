package vn.tinhso.dossier.receipt;
public final class ResultPdf {
    public static byte[] of(ResultDocument d) { return Draft.pdf(d.agencyName(), d.resultName().toUpperCase(), d.dossierCode(), d.applicantName(), d.decisionText(), d.approvedBy()); }
}
