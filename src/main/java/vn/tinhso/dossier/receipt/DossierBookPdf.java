package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * Draws form 07, the dossier book (Sổ theo dõi hồ sơ, Thông tư 01/2018/TT-VPCP, renumbered by Thông tư
 * 03/2025/TT-VPCP), as A4 landscape PDF pages: one table row per dossier, the head repeated on every page.
 */
public final class DossierBookPdf {

    static final String TITLE = "SỔ THEO DÕI HỒ SƠ";
    static final List<String> HEAD = List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên cá nhân, tổ chức",
            "Địa chỉ", "Số điện thoại", "Ngày nhận hồ sơ", "Hẹn trả kết quả", "Cơ quan chủ trì giải quyết",
            "Ngày có kết quả", "Ngày trả kết quả", "Trạng thái", "Ghi chú");
    private static final float[] COLUMNS = {22f, 72f, 95f, 66f, 72f, 52f, 50f, 50f, 66f, 50f, 50f, 48f, 50f};
    private static final Align[] ALIGNS = {Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT,
            Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DossierBookPdf() {
    }

    /** The book as PDF bytes. */
    public static byte[] of(DossierBook book) {
        return Sheet.render(TITLE + " - " + book.agencyName() + " - " + book.period(),
                "Mẫu số 07 - Thông tư 01/2018/TT-VPCP", null,
                document -> new Sheet(document, Sheet.A4_LANDSCAPE, 57f, Sheet.A4_LANDSCAPE.getWidth() - 42f),
                sheet -> draw(sheet, book),
                "Sổ theo dõi hồ sơ, " + book.period().toLowerCase(Locale.forLanguageTag("vi")));
    }

    private static void draw(Sheet sheet, DossierBook book) {
        Style caps = new Style(sheet.bold, 9.5f, false);
        sheet.paragraph(book.agencyName().toUpperCase(Locale.forLanguageTag("vi")), caps, sheet.left,
                sheet.columnWidth() / 2, Align.LEFT);
        sheet.down(8);
        sheet.paragraph(TITLE, new Style(sheet.bold, 13f, false), sheet.left, sheet.columnWidth(), Align.CENTER);
        sheet.paragraph(book.period(), new Style(sheet.regular, 10f, true), sheet.left, sheet.columnWidth(),
                Align.CENTER);
        sheet.down(10);
        var table = new RuledTable(sheet, COLUMNS, ALIGNS, HEAD, new Style(sheet.bold, 7f, false),
                new Style(sheet.regular, 7f, false));
        table.head();
        if (book.entries().isEmpty()) {
            sheet.paragraph("Không có hồ sơ nào trong kỳ.", new Style(sheet.regular, 9f, true), sheet.left,
                    sheet.columnWidth(), Align.LEFT);
        }
        for (DossierBook.Entry entry : book.entries()) {
            table.row(List.of(String.valueOf(entry.number()), entry.dossierCode(), entry.procedureName(),
                    entry.applicantName(), entry.applicantAddress(), entry.applicantPhone(), at(entry.receivedAt()),
                    at(entry.dueAt()), entry.handledBy(), at(entry.resolvedAt()), at(entry.returnedAt()),
                    entry.status(), entry.note()));
        }
    }

    /** "25/11/2025". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "25/11/2025 14:05", or empty for no time. */
    static String at(LocalDateTime at) {
        return at == null ? "" : TIME.format(at);
    }
}
