package vn.tinhso.dossier.receipt;

import java.util.List;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/** The papers of the dossier as a ruled table; a row never splits, and the head repeats on a new page. */
final class PaperTable {

    private static final float[] COLUMNS = {26f, 205f, 132f, 90f};
    private static final float PADDING = 3f;

    private PaperTable() {
    }

    static void draw(Sheet sheet, List<ReceiptForm.Paper> papers, Style text, Style head) {
        List<String> heading = List.of("TT", "Tên giấy tờ", "Hình thức nộp", "Số lượng");
        row(sheet, heading, head, null);
        int number = 1;
        for (ReceiptForm.Paper paper : papers) {
            row(sheet, List.of(String.valueOf(number++), paper.name(), paper.delivered(), count(paper)), text,
                    () -> row(sheet, heading, head, null));
        }
    }

    private static void row(Sheet sheet, List<String> cells, Style style, Runnable onNewPage) {
        var wrapped = new java.util.ArrayList<List<String>>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = sheet.wrap(cells.get(i), style, COLUMNS[i] - 2 * PADDING);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * style.leading() + 2 * PADDING;
        float before = sheet.y();
        sheet.keep(height);
        if (sheet.y() > before && onNewPage != null) {
            onNewPage.run();
        }
        float top = sheet.y();
        float x = Sheet.LEFT;
        for (int i = 0; i < cells.size(); i++) {
            sheet.box(x, top, COLUMNS[i], height, false);
            Align align = i == 0 ? Align.CENTER : Align.LEFT;
            sheet.lines(wrapped.get(i), style, x + PADDING, COLUMNS[i] - 2 * PADDING, align, top - PADDING);
            x += COLUMNS[i];
        }
        sheet.moveTo(top - height);
    }

    /** "01 bản chính, 01 bản sao" as the procedure asks. */
    private static String count(ReceiptForm.Paper paper) {
        if (paper.originals() == 0 && paper.copies() == 0) {
            return "01 bản";
        }
        String originals = paper.originals() > 0 ? "%02d bản chính".formatted(paper.originals()) : "";
        String copies = paper.copies() > 0 ? "%02d bản sao".formatted(paper.copies()) : "";
        return originals.isEmpty() || copies.isEmpty() ? originals + copies : originals + ", " + copies;
    }
}
