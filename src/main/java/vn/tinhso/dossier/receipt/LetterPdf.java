package vn.tinhso.dossier.receipt;
public final class LetterPdf {
    public static byte[] apology(ApologyLetter l) { return Draft.pdf("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", l.dossierCode(), l.reason(), String.valueOf(l.newDueAt())); }
    public static byte[] stop(StopNotice n) { return Draft.pdf("THÔNG BÁO VỀ VIỆC DỪNG XỬ LÝ HỒ SƠ", n.dossierCode(), n.reason()); }
}
