package vn.tinhso.dossier.receipt;

import static vn.tinhso.dossier.receipt.ReceiptPdf.time;

import java.time.LocalDateTime;
import java.util.List;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * Draws form 06, the process control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, Thông tư 01/2018/TT-VPCP,
 * renumbered by Thông tư 03/2025/TT-VPCP), as an A4 PDF: the dossier, then one table row per handover. The table
 * continues on further pages with its head repeated.
 */
public final class ControlSlipPdf {

    static final String TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
    static final List<String> HEAD = List.of("Tên cơ quan / người giao – nhận", "Thời gian giao, nhận", "Hạn xử lý",
            "Kết quả xử lý", "Ghi chú");
    private static final float[] COLUMNS = {150f, 88f, 88f, 57f, 70f};
    private static final Align[] ALIGNS = {Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER, Align.LEFT};

    private ControlSlipPdf() {
    }

    /** The slip as PDF bytes. */
    public static byte[] of(ControlSlip slip) {
        return Sheet.render(TITLE + " " + slip.dossierCode(), "Mẫu số 06 - Thông tư 01/2018/TT-VPCP",
                sheet -> draw(sheet, slip), "Mã hồ sơ " + slip.dossierCode());
    }

    private static void draw(Sheet sheet, ControlSlip slip) {
        Style body = new Style(sheet.regular, 10.5f, false);
        Style strong = new Style(sheet.bold, 10.5f, false);
        Letterhead.draw(sheet, slip.agencyName(), null, null, null);
        sheet.down(20);
        sheet.paragraph(TITLE, new Style(sheet.bold, 13f, false), Sheet.LEFT, Sheet.WIDTH, Align.CENTER);
        sheet.down(10);
        sheet.labelled("Mã hồ sơ: ", slip.dossierCode(), strong, body);
        sheet.labelled("Tên cá nhân, tổ chức: ", slip.applicantName(), strong, body);
        sheet.labelled("Nội dung yêu cầu giải quyết: ", slip.procedureName(), strong, body);
        sheet.labelled("Thời gian nhận hồ sơ: ", time(slip.receivedAt()), strong, body);
        sheet.labelled("Thời gian hẹn trả kết quả: ", time(slip.dueAt()), strong, body);
        sheet.down(10);
        var table = new RuledTable(sheet, COLUMNS, ALIGNS, HEAD, new Style(sheet.bold, 9f, false),
                new Style(sheet.regular, 9f, false));
        table.head();
        for (ControlSlip.Handover row : slip.rows()) {
            table.row(List.of("Giao: " + row.from() + "\nNhận: " + row.to(), cell(row.at()), cell(row.stepDueAt()),
                    row.outcome(), row.note()));
        }
    }

    /** The time as on the form, the day on a line of its own; empty for none. */
    private static String cell(LocalDateTime at) {
        return at == null ? "" : time(at).replace(", ngày", ",\nngày");
    }
}
