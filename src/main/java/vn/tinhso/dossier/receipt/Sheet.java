package vn.tinhso.dossier.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * A4 pages written from top to bottom: lines of text that wrap within a column, with a new page whenever the next
 * block does not fit. Fonts are the DejaVu Sans shipped in the application (Vietnamese glyphs), embedded as subsets.
 * Pages are A4 portrait with the column between {@link #LEFT} and {@link #RIGHT} unless made otherwise (the dossier
 * book is A4 landscape): {@link #left} and {@link #right} are this sheet's own column.
 */
final class Sheet implements AutoCloseable {

    static final float LEFT = 85f;   // 30 mm, as for administrative documents (Nghị định 30/2020/NĐ-CP)
    static final float RIGHT = PDRectangle.A4.getWidth() - 57f;
    static final float WIDTH = RIGHT - LEFT;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float BOTTOM = 60f;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n]]"); // compiled once: clean() runs per word

    /** A font at a size; oblique text stands in for italics, which the shipped fonts lack. */
    record Style(PDFont font, float size, boolean oblique) {
        float leading() {
            return size * 1.35f;
        }
    }

    enum Align { LEFT, CENTER }

    private final PDDocument document;
    private final PDRectangle size;
    private final float top;
    final float left;
    final float right;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream out;
    private float y;

    Sheet(PDDocument document) {
        this(document, PDRectangle.A4, LEFT, RIGHT);
    }

    /**
     * Draws a whole document and returns its bytes: its title, subject and author in the PDF's properties, the
     * pages from {@code sheets}, what {@code draw} puts on them, and {@code footer} with the page numbers.
     */
    static byte[] render(String title, String subject, String author, Function<PDDocument, Sheet> sheets,
                         Consumer<Sheet> draw, String footer) {
        try (var document = new PDDocument()) {
            var info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            if (author != null) {
                info.setAuthor(author);
            }
            try (var sheet = sheets.apply(document)) {
                draw.accept(sheet);
                sheet.footers(footer);
            }
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #render} on A4 portrait pages, without an author. */
    static byte[] render(String title, String subject, Consumer<Sheet> draw, String footer) {
        return render(title, subject, null, Sheet::new, draw, footer);
    }

    /** Pages of {@code size} with the column between {@code left} and {@code right}. */
    Sheet(PDDocument document, PDRectangle size, float left, float right) {
        this.document = document;
        this.size = size;
        this.top = size.getHeight() - 50f;
        this.left = left;
        this.right = right;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
        newPage();
    }

    private PDFont font(String resource) {
        try (InputStream in = Sheet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float y() {
        return y;
    }

    /** The width of this sheet's column. */
    float columnWidth() {
        return right - left;
    }

    /** How much height is left above the bottom margin of this page. */
    float room() {
        return y - BOTTOM;
    }

    /** How much height an empty page offers. */
    float pageRoom() {
        return top - BOTTOM;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void keep(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            var page = new PDPage(size);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = top;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text wrapped to the column, breaking pages between lines; the cursor ends below it. */
    void paragraph(String text, Style style, float x, float width, Align align) {
        for (String line : wrap(text, style, width)) {
            keep(style.leading());
            down(style.leading());
            line(line, style, x, width, align, y + style.leading() * 0.25f);
        }
    }

    /** Writes lines at a fixed place without moving the cursor; returns the y below the last line. */
    float lines(List<String> lines, Style style, float x, float width, Align align, float top) {
        float at = top;
        for (String line : lines) {
            at -= style.leading();
            line(line, style, x, width, align, at + style.leading() * 0.25f);
        }
        return at;
    }

    /** A label in {@code labelStyle} followed on the same line by its value, which wraps under the label. */
    void labelled(String label, String value, Style labelStyle, Style valueStyle) {
        float labelWidth = width(label, labelStyle);
        if (labelWidth > columnWidth() * 0.7f || value.isEmpty()) {
            paragraph(label, labelStyle, left, columnWidth(), Align.LEFT);
            if (!value.isEmpty()) {
                paragraph(value, valueStyle, left, columnWidth(), Align.LEFT);
            }
            return;
        }
        List<String> lines = wrap(value, valueStyle, columnWidth() - labelWidth, columnWidth());
        float leading = Math.max(labelStyle.leading(), valueStyle.leading());
        keep(leading);
        down(leading);
        float baseline = y + leading * 0.25f;
        line(label, labelStyle, left, labelWidth, Align.LEFT, baseline);
        line(lines.get(0), valueStyle, left + labelWidth, columnWidth() - labelWidth, Align.LEFT, baseline);
        lines.stream().skip(1).forEach(line -> paragraph(line, valueStyle, left, columnWidth(), Align.LEFT));
    }

    void line(String text, Style style, float x, float width, Align align, float baseline) {
        String clean = clean(text);
        float left = align == Align.CENTER ? x + (width - width(clean, style)) / 2 : x;
        try {
            out.beginText();
            out.setFont(style.font(), style.size());
            out.setTextMatrix(new Matrix(1, 0, style.oblique() ? 0.2f : 0, 1, left, baseline));
            out.showText(clean);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float x2, float at) {
        try {
            out.setLineWidth(0.6f);
            out.moveTo(x1, at);
            out.lineTo(x2, at);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float top, float width, float height, boolean filled) {
        try {
            out.setLineWidth(0.5f);
            out.addRect(x, top - height, width, height);
            if (filled) {
                out.fill();
            } else {
                out.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut into lines no wider than {@code width}; words longer than a line are cut too. */
    List<String> wrap(String text, Style style, float width) {
        return wrap(text, style, width, width);
    }

    /** As {@link #wrap(String, Style, float)}, the first line no wider than {@code first} (after a label). */
    List<String> wrap(String text, Style style, float first, float width) {
        var lines = new ArrayList<String>();
        for (String paragraph : clean(text).split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= (lines.isEmpty() ? first : width)) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(cutLongWord(word, style, lines.isEmpty() ? first : width, width, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String cutLongWord(String word, Style style, float first, float width, List<String> lines) {
        String rest = word;
        float limit = first;
        while (width(rest, style) > limit && rest.length() > 1) {
            int end = rest.length() - 1;
            while (end > 1 && width(rest.substring(0, end), style) > limit) {
                end--;
            }
            int separator = Math.max(rest.lastIndexOf('-', end - 1), Math.max(rest.lastIndexOf('_', end - 1),
                    rest.lastIndexOf('.', end - 1)));
            if (separator > end / 2) { // cut a file name after a dash, underscore or dot when one is near
                end = separator + 1;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
            limit = width;
        }
        return rest;
    }

    float width(String text, Style style) {
        try {
            return style.font().getStringWidth(clean(text)) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Composed Unicode (what the font has glyphs for), no tabs or control characters. */
    private static String clean(String text) {
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return CONTROL.matcher(composed.replace('\t', ' ').replace("\r", "")).replaceAll("");
    }

    /** When the text ran over more than one page, writes "{@code label} - Trang i/n" at the foot of each. */
    void footers(String label) {
        int pages = document.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        Style style = new Style(regular, 8.5f, false);
        for (int i = 0; i < pages; i++) {
            try (var footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = clean(label + " - Trang " + (i + 1) + "/" + pages);
                footer.beginText();
                footer.setFont(style.font(), style.size());
                footer.newLineAtOffset(right - width(text, style), BOTTOM - 30);
                footer.showText(text);
                footer.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
