package vn.tinhso.dossier.receipt;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * Draws form 01, the receipt and appointment slip (Thông tư 01/2018/TT-VPCP, mẫu số 01, renumbered by Thông tư
 * 03/2025/TT-VPCP), as an A4 PDF. The wording is the form's own, prescribed in Vietnamese, so it lives here and
 * not in a message bundle; the layout follows Nghị định 30/2020/NĐ-CP (national motto top right, issuer top left).
 */
public final class ReceiptPdf {

    private static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    private static final float HEADER_LEFT = 228f;
    private static final float QR_SIZE = 85f;

    private final ReceiptForm form;
    private final Sheet sheet;
    private final Style body;
    private final Style strong;
    private final Style small;
    private final Style note;

    private ReceiptPdf(ReceiptForm form, Sheet sheet) {
        this.form = form;
        this.sheet = sheet;
        this.body = new Style(sheet.regular, 10.5f, false);
        this.strong = new Style(sheet.bold, 10.5f, false);
        this.small = new Style(sheet.regular, 9.5f, false);
        this.note = new Style(sheet.regular, 9.5f, true);
    }

    /** The slip as PDF bytes; long names and long lists wrap and continue on further pages. */
    public static byte[] of(ReceiptForm form) {
        return Sheet.render(TITLE + " " + form.code(), "Mẫu số 01 - Thông tư 01/2018/TT-VPCP",
                sheet -> new ReceiptPdf(form, sheet).draw(), "Mã hồ sơ " + form.code());
    }

    private void draw() {
        header();
        sheet.down(22);
        sheet.paragraph(TITLE, new Style(sheet.bold, 13f, false), Sheet.LEFT, Sheet.WIDTH, Align.CENTER);
        sheet.down(10);
        applicant();
        papers();
        terms();
        trackingCode();
        signatures();
    }

    private void header() {
        float top = sheet.y();
        Style caps = new Style(sheet.regular, 9.5f, false);
        Style capsBold = new Style(sheet.bold, 9.5f, false);
        float left = sheet.lines(sheet.wrap(form.agencyName().toUpperCase(Locale.forLanguageTag("vi")), caps, HEADER_LEFT),
                caps, Sheet.LEFT - 20, HEADER_LEFT, Align.CENTER, top);
        left = sheet.lines(sheet.wrap("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", capsBold, HEADER_LEFT), capsBold,
                Sheet.LEFT - 20, HEADER_LEFT, Align.CENTER, left);
        float rightX = Sheet.LEFT - 20 + HEADER_LEFT + 6;
        float rightWidth = Sheet.RIGHT + 15 - rightX;
        float right = sheet.lines(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), capsBold, rightX, rightWidth,
                Align.CENTER, top);
        Style motto = new Style(sheet.bold, 10.5f, false);
        right = sheet.lines(List.of("Độc lập - Tự do - Hạnh phúc"), motto, rightX, rightWidth, Align.CENTER, right);
        float mottoWidth = sheet.width("Độc lập - Tự do - Hạnh phúc", motto);
        float below = Math.min(left, right) - 4;
        sheet.rule(Sheet.LEFT - 20 + HEADER_LEFT / 2 - 30, Sheet.LEFT - 20 + HEADER_LEFT / 2 + 30, left - 3);
        sheet.rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, right - 3);
        sheet.lines(List.of("Mã hồ sơ: " + form.code()), new Style(sheet.bold, 9.5f, false), Sheet.LEFT - 20,
                HEADER_LEFT, Align.CENTER, below - 4);
        sheet.lines(List.of(form.place() + ", " + dateLine(form.issuedOn())), note, rightX, rightWidth, Align.CENTER,
                below - 4);
        sheet.moveTo(below - 4 - note.leading());
    }

    private void applicant() {
        var person = form.applicant();
        sheet.paragraph("Bộ phận tiếp nhận và trả kết quả - " + form.agencyName() + " tiếp nhận hồ sơ của:",
                body, Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
        labelled("Ông/Bà: ", person.name());
        labelled("Số định danh cá nhân: ", person.identityNumber());
        labelled("Số điện thoại: ", orDash(person.phone()));
        labelled("Thư điện tử: ", orDash(person.email()));
        labelled("Địa chỉ: ", orDash(person.address()));
        labelled("Nội dung yêu cầu giải quyết: ", form.procedureName() + " (mã thủ tục: " + form.procedureCode() + ")");
    }

    private void papers() {
        labelled("1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:", "");
        sheet.down(4);
        PaperTable.draw(sheet, form.papers(), small, new Style(sheet.bold, 9.5f, false));
        sheet.down(4);
        labelled("2. Số lượng hồ sơ: ", "01 (bộ)");
    }

    private void terms() {
        if (form.fees().isEmpty()) {
            labelled("3. Phí, lệ phí: ", "Không thu phí, lệ phí");
        } else {
            labelled("3. Phí, lệ phí: ", money(form.fees().stream().mapToLong(ReceiptForm.Charge::amount).sum())
                    + ", gồm:");
            form.fees().forEach(fee -> sheet.paragraph("- " + fee.name() + ": " + money(fee.amount()), body,
                    Sheet.LEFT + 12, Sheet.WIDTH - 12, Align.LEFT));
        }
        String expected = form.expected() ? " (dự kiến)" : "";
        labelled("4. Thời gian giải quyết hồ sơ theo quy định: ", form.processingTime());
        labelled("5. Thời gian nhận hồ sơ: ", time(form.receivedAt()) + expected);
        labelled("6. Thời gian trả kết quả giải quyết hồ sơ: ", time(form.dueAt()) + expected);
        labelled("7. Nhận kết quả: ", form.resultReturn());
    }

    private void trackingCode() {
        sheet.keep(QR_SIZE + 20);
        sheet.down(12);
        float top = sheet.y();
        QrCode.draw(sheet, form.trackingUrl(), Sheet.LEFT, top, QR_SIZE);
        float textX = Sheet.LEFT + QR_SIZE + 16;
        float textWidth = Sheet.RIGHT - textX;
        float at = sheet.lines(sheet.wrap("Quét mã để tra cứu tiến độ (cần 4 số cuối số định danh)", strong, textWidth),
                strong, textX, textWidth, Align.LEFT, top - 18);
        sheet.lines(sheet.wrap(form.trackingUrl(), small, textWidth), small, textX, textWidth, Align.LEFT, at - 2);
        sheet.moveTo(top - QR_SIZE - 8);
    }

    private void signatures() {
        sheet.keep(130);
        sheet.down(10);
        float top = sheet.y();
        float half = Sheet.WIDTH / 2;
        signature("NGƯỜI NỘP HỒ SƠ", form.applicant().name(), Sheet.LEFT, half, top);
        signature("NGƯỜI TIẾP NHẬN HỒ SƠ", form.receivedBy(), Sheet.LEFT + half, half, top);
    }

    private void signature(String role, String name, float x, float width, float top) {
        float at = sheet.lines(List.of(role), strong, x, width, Align.CENTER, top);
        at = sheet.lines(List.of("(Ký và ghi rõ họ tên)"), note, x, width, Align.CENTER, at);
        sheet.lines(sheet.wrap(name, strong, width - 10), strong, x, width, Align.CENTER, at - 60);
    }

    /** A bold label followed by its value, wrapping under the label. */
    private void labelled(String label, String value) {
        if (Character.isDigit(label.charAt(0))) {
            sheet.down(3); // a little air before each numbered item of the form
        }
        float labelWidth = sheet.width(label, strong);
        if (labelWidth > Sheet.WIDTH * 0.7f || value.isEmpty()) {
            sheet.paragraph(label, strong, Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
            if (!value.isEmpty()) {
                sheet.paragraph(value, body, Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
            }
            return;
        }
        List<String> lines = sheet.wrap(value, body, Sheet.WIDTH - labelWidth, Sheet.WIDTH);
        sheet.keep(body.leading());
        sheet.down(body.leading());
        float baseline = sheet.y() + body.leading() * 0.25f;
        sheet.line(label, strong, Sheet.LEFT, labelWidth, Align.LEFT, baseline);
        sheet.line(lines.get(0), body, Sheet.LEFT + labelWidth, Sheet.WIDTH - labelWidth, Align.LEFT, baseline);
        lines.stream().skip(1).forEach(line -> sheet.paragraph(line, body, Sheet.LEFT, Sheet.WIDTH, Align.LEFT));
    }

    /** "ngày 05 tháng 02 năm 2026": a zero before days under 10 and months 1 and 2 (Nghị định 30/2020/NĐ-CP). */
    static String dateLine(LocalDate day) {
        String month = day.getMonthValue() <= 2 ? "%02d".formatted(day.getMonthValue()) : "" + day.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(day.getDayOfMonth(), month, day.getYear());
    }

    /** "14 giờ 05 phút, ngày 25/11/2025". */
    static String time(LocalDateTime at) {
        return "%d giờ %02d phút, ngày %02d/%02d/%d".formatted(at.getHour(), at.getMinute(), at.getDayOfMonth(),
                at.getMonthValue(), at.getYear());
    }

    /** "200.000 đồng". */
    static String money(long dong) {
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(dong) + " đồng";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
