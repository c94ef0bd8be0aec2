package vn.tinhso.dossier.receipt;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.dossier.receipt.Sheet.Align;
import vn.tinhso.dossier.receipt.Sheet.Style;

/**
 * A ruled table of text cells written down a sheet. The head repeats at the top of every page the table reaches; a
 * row that does not fit below the last one moves whole to the next page, and only a row taller than a page is split.
 */
final class RuledTable {

    private static final float PADDING = 3f;

    private final Sheet sheet;
    private final float[] columns;
    private final Align[] aligns;
    private final Style headStyle;
    private final List<List<String>> head;
    private final Style text;

    /**
     * @param columns the width of each column in points; together no wider than the sheet's column
     * @param aligns how each column's text is aligned (the head is centred)
     */
    RuledTable(Sheet sheet, float[] columns, Align[] aligns, List<String> head, Style headStyle, Style text) {
        float total = 0;
        for (float column : columns) {
            total += column;
        }
        if (columns.length != head.size() || aligns.length != head.size() || total > sheet.columnWidth() + 0.5f) {
            throw new IllegalArgumentException("The columns do not fit the head or the page");
        }
        this.sheet = sheet;
        this.columns = columns.clone();
        this.aligns = aligns.clone();
        this.headStyle = headStyle;
        this.text = text;
        this.head = wrap(head, headStyle);
    }

    /** Draws the head, on a new page when it would stand alone at the foot of this one. */
    void head() {
        if (sheet.room() < height(lines(head), headStyle) + height(1, text)) {
            sheet.newPage();
        }
        slice(head, 0, lines(head), headStyle, true);
    }

    void row(List<String> values) {
        List<List<String>> cells = wrap(values, text);
        int lines = lines(cells);
        float headHeight = height(lines(head), headStyle);
        if (height(lines, text) > sheet.room() && height(lines, text) <= sheet.pageRoom() - headHeight) {
            nextPage();
        }
        int from = 0;
        while (from < lines) {
            int fit = (int) ((sheet.room() - 2 * PADDING) / text.leading());
            if (fit < 1) {
                nextPage();
                continue;
            }
            int to = Math.min(lines, from + fit);
            slice(cells, from, to, text, false);
            from = to;
            if (from < lines) {
                nextPage();
            }
        }
    }

    private void nextPage() {
        sheet.newPage();
        slice(head, 0, lines(head), headStyle, true);
    }

    /** Lines {@code from} to {@code to} of every cell, in one band of boxes. */
    private void slice(List<List<String>> cells, int from, int to, Style style, boolean isHead) {
        float height = height(to - from, style);
        float top = sheet.y();
        float x = sheet.left;
        for (int i = 0; i < columns.length; i++) {
            sheet.box(x, top, columns[i], height, false);
            List<String> cell = cells.get(i);
            List<String> part = cell.subList(Math.min(from, cell.size()), Math.min(to, cell.size()));
            sheet.lines(part, style, x + PADDING, columns[i] - 2 * PADDING, isHead ? Align.CENTER : aligns[i],
                    top - PADDING);
            x += columns[i];
        }
        sheet.moveTo(top - height);
    }

    private List<List<String>> wrap(List<String> values, Style style) {
        if (values.size() != columns.length) {
            throw new IllegalArgumentException("A row of " + values.size() + " cells in a table of " + columns.length);
        }
        var cells = new ArrayList<List<String>>(values.size());
        for (int i = 0; i < values.size(); i++) {
            cells.add(sheet.wrap(values.get(i), style, columns[i] - 2 * PADDING));
        }
        return cells;
    }

    private static int lines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private static float height(int lines, Style style) {
        return lines * style.leading() + 2 * PADDING;
    }
}
