package vn.tinhso.dossier.receipt;

import static vn.tinhso.dossier.receipt.ReceiptPdf.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * Draws the letters an agency sends an applicant about a dossier it cannot resolve as promised: form 04, the apology
 * and extension letter, and form 05, the notice of stopping (Thông tư 01/2018/TT-VPCP, renumbered by Thông tư
 * 03/2025/TT-VPCP), as A4 PDFs. The wording is the forms' own, prescribed in Vietnamese, so it lives here and not
 * in a message bundle; the layout follows Nghị định 30/2020/NĐ-CP.
 */
public final class LetterPdf {

    static final String APOLOGY = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    static final String STOP = "THÔNG BÁO";
    static final String STOP_ABOUT = "Về việc dừng xử lý hồ sơ";

    private LetterPdf() {
    }

    /** Form 04 as PDF bytes; a long reason wraps and continues on further pages. */
    public static byte[] apology(ApologyLetter letter) {
        String agency = letter.agencyName();
        String applicant = "Ông/Bà " + letter.applicantName();
        List<Part> body = List.of(
                Part.text("Vào lúc " + time(letter.receivedAt()) + ", " + agency + " đã tiếp nhận hồ sơ của "
                        + applicant + "."),
                Part.labelled("Mã hồ sơ: ", letter.dossierCode()),
                Part.labelled("Nội dung yêu cầu giải quyết: ", letter.procedureName()),
                Part.labelled("Thời gian hẹn trả kết quả: ", time(letter.originalDueAt())),
                Part.text(agency + " xin lỗi " + applicant + " vì hồ sơ nêu trên giải quyết quá hạn so với thời hạn"
                        + " đã hẹn, gây phiền hà cho Ông/Bà."),
                Part.labelled("Lý do: ", letter.reason()),
                Part.text(agency + " sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào lúc " + time(letter.newDueAt())
                        + "."),
                Part.text("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./."));
        return render(new Letter(agency, letter.place(), letter.issuedOn(), letter.dossierCode(), List.of(APOLOGY),
                null, body, letter.signerTitle(), letter.signerName(), "Mẫu số 04 - Thông tư 01/2018/TT-VPCP"));
    }

    /** Form 05 as PDF bytes; a long reason wraps and continues on further pages. */
    public static byte[] stop(StopNotice notice) {
        String agency = notice.agencyName();
        List<Part> body = List.of(
                Part.text("Vào lúc " + time(notice.receivedAt()) + ", " + agency + " đã tiếp nhận hồ sơ của Ông/Bà."),
                Part.labelled("Mã hồ sơ: ", notice.dossierCode()),
                Part.labelled("Nội dung yêu cầu giải quyết: ", notice.procedureName()),
                Part.text(agency + " thông báo dừng xử lý hồ sơ nêu trên."),
                Part.labelled("Lý do: ", notice.reason()),
                Part.text(agency + " thông báo để Ông/Bà được biết./."));
        return render(new Letter(agency, notice.place(), notice.issuedOn(), notice.dossierCode(),
                List.of(STOP, STOP_ABOUT), "Ông/Bà " + notice.applicantName(), body, notice.signerTitle(),
                notice.signerName(), "Mẫu số 05 - Thông tư 01/2018/TT-VPCP"));
    }

    /** A paragraph of the body, with a bold label when {@code label} is not empty. */
    private record Part(String label, String text) {

        static Part text(String text) {
            return new Part("", text);
        }

        static Part labelled(String label, String text) {
            return new Part(label, text == null ? "" : text);
        }
    }

    private record Letter(String agency, String place, LocalDate issuedOn, String code, List<String> title,
                          String addressee, List<Part> body, String signerTitle, String signerName, String form) {
    }

    private static byte[] render(Letter letter) {
        return Sheet.render(String.join(" ", letter.title()) + " - Mã hồ sơ " + letter.code(), letter.form(),
                sheet -> draw(sheet, letter), "Mã hồ sơ " + letter.code());
    }

    private static void draw(Sheet sheet, Letter letter) {
        Style body = new Style(sheet.regular, 11f, false);
        Style strong = new Style(sheet.bold, 11f, false);
        Letterhead.draw(sheet, letter.agency(), "Mã hồ sơ: " + letter.code(), letter.place(), letter.issuedOn());
        sheet.down(24);
        Style title = new Style(sheet.bold, 13f, false);
        letter.title().forEach(line -> sheet.paragraph(line, title, Sheet.LEFT, Sheet.WIDTH, Align.CENTER));
        sheet.down(10);
        if (letter.addressee() != null) {
            sheet.paragraph("Kính gửi: " + letter.addressee() + ".", body, Sheet.LEFT, Sheet.WIDTH, Align.CENTER);
            sheet.down(8);
        }
        for (Part part : letter.body()) {
            sheet.down(4);
            if (part.label().isEmpty()) {
                sheet.paragraph(part.text(), body, Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
            } else {
                sheet.labelled(part.label(), part.text(), strong, body);
            }
        }
        signature(sheet, letter.signerTitle(), letter.signerName(), strong);
    }

    /** The signer's block in the right half: capacity, how to sign, room for signature and seal, name. */
    private static void signature(Sheet sheet, String title, String name, Style strong) {
        Style note = new Style(sheet.regular, 9.5f, true);
        sheet.keep(150); // the block never splits from its page's last paragraph: it is about 130 high
        sheet.down(14);
        float half = Sheet.WIDTH / 2;
        float x = Sheet.LEFT + half;
        float at = sheet.lines(sheet.wrap(title.toUpperCase(Locale.forLanguageTag("vi")), strong, half), strong, x,
                half, Align.CENTER, sheet.y());
        at = sheet.lines(List.of("(Ký, ghi rõ họ tên và đóng dấu)"), note, x, half, Align.CENTER, at);
        at = sheet.lines(sheet.wrap(name, strong, half), strong, x, half, Align.CENTER, at - 62);
        sheet.moveTo(at);
    }
}
