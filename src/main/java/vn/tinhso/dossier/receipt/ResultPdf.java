package vn.tinhso.dossier.receipt;

import static vn.tinhso.dossier.receipt.ReceiptPdf.time;

import java.util.List;
import java.util.Locale;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * Draws the result of an administrative procedure (kết quả giải quyết thủ tục hành chính) as an A4 PDF, ready to be
 * signed by the agency: a plain, unencrypted document without form or signature fields, with empty room at the
 * bottom right where the agency's digital signature belongs (it is added afterwards as an invisible PAdES
 * signature) and a QR code to the page that verifies it. The layout follows Nghị định 30/2020/NĐ-CP.
 */
public final class ResultPdf {

    static final String SIGNATURE_LABEL = "Chữ ký số của cơ quan";
    private static final float QR_SIZE = 80f;
    private static final float SIGNATURE_ROOM = 80f;

    private final ResultDocument result;
    private final Sheet sheet;
    private final Style body;
    private final Style strong;
    private final Style small;

    private ResultPdf(ResultDocument result, Sheet sheet) {
        this.result = result;
        this.sheet = sheet;
        this.body = new Style(sheet.regular, 11f, false);
        this.strong = new Style(sheet.bold, 11f, false);
        this.small = new Style(sheet.regular, 8.5f, false);
    }

    /** The result as PDF bytes; a long decision wraps and continues on further pages. */
    public static byte[] of(ResultDocument result) {
        return Sheet.render(result.resultName() + " - Mã hồ sơ " + result.dossierCode(),
                "Kết quả giải quyết thủ tục hành chính " + result.procedureCode(), result.agencyName(), Sheet::new,
                sheet -> new ResultPdf(result, sheet).draw(), "Mã hồ sơ " + result.dossierCode());
    }

    private void draw() {
        Letterhead.draw(sheet, result.agencyName(), "Mã hồ sơ: " + result.dossierCode(), result.place(),
                result.issuedOn());
        sheet.down(24);
        sheet.paragraph(result.resultName().toUpperCase(Locale.forLanguageTag("vi")), new Style(sheet.bold, 14f, false),
                Sheet.LEFT, Sheet.WIDTH, Align.CENTER);
        sheet.down(12);
        item("Thủ tục hành chính: ", result.procedureName() + " (mã thủ tục: " + result.procedureCode() + ")");
        item("Tên cá nhân, tổ chức: ", result.applicantName());
        item("Số định danh: ", result.applicantIdNumber());
        if (!result.applicantAddress().isBlank()) {
            item("Địa chỉ: ", result.applicantAddress());
        }
        item("Nội dung giải quyết:", "");
        sheet.paragraph(result.decisionText(), body, Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
        sheet.keep(4 + 2 * body.leading() + footHeight()); // the approval stays on the page of the signature
        item("Người phê duyệt: ", result.approvedBy() + ", lúc " + time(result.approvedAt()));
        footBlock();
    }

    private void item(String label, String value) {
        sheet.down(4);
        sheet.labelled(label, value, strong, body);
    }

    /**
     * The QR code to the verification page on the left, the room for the agency's signature on the right, and the
     * verification address across the page below both.
     */
    private void footBlock() {
        sheet.keep(footHeight());
        sheet.down(18);
        float top = sheet.y();
        float half = Sheet.WIDTH / 2;
        QrCode.draw(sheet, result.verifyUrl(), Sheet.LEFT, top, QR_SIZE);
        float textX = Sheet.LEFT + QR_SIZE + 10;
        float textWidth = half - QR_SIZE - 10;
        Style hint = new Style(sheet.regular, 9f, true);
        sheet.lines(sheet.wrap("Quét mã để kiểm tra văn bản điện tử và chữ ký số của cơ quan", hint, textWidth), hint,
                textX, textWidth, Align.LEFT, top - 4);
        float x = Sheet.LEFT + half;
        float at = sheet.lines(List.of(SIGNATURE_LABEL), strong, x, half, Align.CENTER, top);
        float below = Math.min(top - QR_SIZE, at - SIGNATURE_ROOM) - 6;
        sheet.moveTo(sheet.lines(address(), small, Sheet.LEFT, Sheet.WIDTH, Align.LEFT, below));
    }

    private float footHeight() {
        return 18 + Math.max(QR_SIZE, strong.leading() + SIGNATURE_ROOM) + 6 + address().size() * small.leading();
    }

    private List<String> address() {
        return sheet.wrap("Kiểm tra văn bản tại: " + result.verifyUrl(), small, Sheet.WIDTH);
    }
}
