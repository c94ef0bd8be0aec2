package vn.tinhso.dossier.receipt;
public final class DossierBookPdf {
    public static byte[] of(DossierBook b) { return Draft.pdf(b.entries().stream().map(e -> e.number() + " " + e.dossierCode()).toArray(String[]::new)); }
}
