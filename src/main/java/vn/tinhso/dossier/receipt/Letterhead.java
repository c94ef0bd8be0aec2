package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * The top of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing agency top left and the
 * national motto top right, each underlined by a short rule; below them the document's reference on the left and
 * the place and date on the right.
 */
final class Letterhead {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final float ISSUER_WIDTH = 228f;

    private Letterhead() {
    }

    /**
     * Draws the letterhead at the top of the page and moves the cursor below it.
     *
     * @param issuer the agency's name, written in capitals
     * @param reference e.g. "Mã hồ sơ: …" under the issuer; {@code null} for none
     * @param place the place of the date line; {@code null} for no date line
     * @param issuedOn the date of the document; ignored without a place
     */
    static void draw(Sheet sheet, String issuer, String reference, String place, LocalDate issuedOn) {
        float top = sheet.y();
        Style caps = new Style(sheet.bold, 9.5f, false);
        Style motto = new Style(sheet.bold, 10.5f, false);
        Style note = new Style(sheet.regular, 9.5f, true);
        float leftX = sheet.left - 20;
        float left = sheet.lines(sheet.wrap(issuer.toUpperCase(Locale.forLanguageTag("vi")), caps, ISSUER_WIDTH),
                caps, leftX, ISSUER_WIDTH, Align.CENTER, top);
        float rightX = leftX + ISSUER_WIDTH + 6;
        float rightWidth = sheet.right + 15 - rightX;
        float right = sheet.lines(List.of(NATION), caps, rightX, rightWidth, Align.CENTER, top);
        right = sheet.lines(List.of(MOTTO), motto, rightX, rightWidth, Align.CENTER, right);
        float mottoWidth = sheet.width(MOTTO, motto);
        sheet.rule(leftX + ISSUER_WIDTH / 2 - 30, leftX + ISSUER_WIDTH / 2 + 30, left - 3);
        sheet.rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, right - 3);
        float below = Math.min(left, right) - 8;
        float end = below;
        if (reference != null) {
            end = Math.min(end, sheet.lines(sheet.wrap(reference, new Style(sheet.regular, 9.5f, false), ISSUER_WIDTH),
                    new Style(sheet.regular, 9.5f, false), leftX, ISSUER_WIDTH, Align.CENTER, below));
        }
        if (place != null) {
            end = Math.min(end, sheet.lines(List.of(place + ", " + ReceiptPdf.dateLine(issuedOn)), note, rightX,
                    rightWidth, Align.CENTER, below));
        }
        sheet.moveTo(end);
    }
}
