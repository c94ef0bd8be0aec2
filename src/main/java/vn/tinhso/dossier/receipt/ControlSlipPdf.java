package vn.tinhso.dossier.receipt;
public final class ControlSlipPdf {
    public static byte[] of(ControlSlip s) { return Draft.pdf(java.util.stream.Stream.concat(java.util.stream.Stream.of("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", s.dossierCode()), s.rows().stream().map(r -> r.from() + " → " + r.to() + " " + r.outcome())).toArray(String[]::new)); }
}
