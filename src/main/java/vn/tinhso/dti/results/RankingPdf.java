package vn.tinhso.dti.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The published ranking as an A4 landscape PDF with the DejaVu Sans shipped in the application (Vietnamese glyphs,
 * embedded as subsets): title, subtitle, then a ruled table whose head repeats on every page; a unit's name wraps
 * within its column. The dossier module's sheet renderer is internal to it, so this is the DTI's own small one.
 */
final class RankingPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36f;
    private static final float SIZE = 8.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 3f;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final float[] widths;
    private PDPageContentStream out;
    private float y;
    private int pages;

    private RankingPdf(PDDocument document, float[] widths) throws IOException {
        this.document = document;
        this.regular = font(document, "fonts/DejaVuSans.ttf");
        this.bold = font(document, "fonts/DejaVuSans-Bold.ttf");
        this.widths = widths;
    }

    static byte[] of(RankingExport export, String note) {
        try (var document = new PDDocument()) {
            document.getDocumentInformation().setTitle(export.title());
            document.getDocumentInformation().setSubject(export.subtitle());
            float[] widths = widths(export.head().size());
            var pdf = new RankingPdf(document, widths);
            pdf.draw(export, note);
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rank, unit, total, change, interval, then equal columns for the values. */
    private static float[] widths(int columns) {
        float usable = PAGE.getWidth() - 2 * MARGIN;
        float[] widths = new float[columns];
        float[] fixed = {32, 190, 48, 44, 52};
        float rest = usable - 366;
        for (int c = 0; c < columns; c++) {
            widths[c] = c < fixed.length ? fixed[c] : rest / (columns - fixed.length);
        }
        return widths;
    }

    private void draw(RankingExport export, String note) throws IOException {
        newPage();
        text(export.title(), bold, 14, MARGIN, y);
        y -= 18;
        text(export.subtitle(), regular, 9, MARGIN, y);
        y -= 13;
        if (note != null && !note.isEmpty()) {
            text(note, regular, 8, MARGIN, y);
            y -= 14;
        }
        head(export.head());
        for (RankingExport.Row row : export.rows()) {
            var cells = new ArrayList<String>();
            cells.add(row.rank() == null ? "—" : String.valueOf(row.rank()));
            cells.add(row.unit());
            cells.add(decimal(row.total()));
            cells.add(row.change() == null ? "—" : row.change() > 0 ? "▲ " + row.change()
                    : row.change() < 0 ? "▼ " + (-row.change()) : "=");
            cells.add(row.interval());
            row.values().forEach(value -> cells.add(decimal(value)));
            line(cells, regular, export.head());
        }
        out.close();
    }

    private void head(List<String> head) throws IOException {
        line(head, bold, null);
    }

    /** One row of cells, wrapped, ruled below; a row that does not fit goes to a new page with the head again. */
    private void line(List<String> cells, PDFont font, List<String> repeatHead) throws IOException {
        var wrapped = new ArrayList<List<String>>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> parts = wrap(cells.get(c), font, widths[c] - 2 * PAD);
            wrapped.add(parts);
            lines = Math.max(lines, parts.size());
        }
        float height = lines * LEADING + 2 * PAD;
        if (y - height < MARGIN + 14 && repeatHead != null) {
            out.close();
            newPage();
            head(repeatHead);
        }
        float x = MARGIN;
        if (repeatHead == null) {
            out.setNonStrokingColor(0.93f, 0.95f, 0.96f);
            out.addRect(MARGIN, y - height, total(), height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        }
        for (int c = 0; c < cells.size(); c++) {
            float baseline = y - PAD - SIZE;
            boolean right = c != 1 && repeatHead != null;
            for (String part : wrapped.get(c)) {
                float tx = right ? x + widths[c] - PAD - width(part, font, SIZE) : x + PAD;
                text(part, font, SIZE, tx, baseline);
                baseline -= LEADING;
            }
            x += widths[c];
        }
        y -= height;
        out.setLineWidth(0.4f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + total(), y);
        out.stroke();
    }

    private float total() {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        return sum;
    }

    private List<String> wrap(String text, PDFont font, float width) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (String word : (text == null ? "" : text).split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (width(candidate, font, SIZE) <= width || current.length() == 0) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private void newPage() throws IOException {
        var page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pages++;
        text(String.valueOf(pages), regular, 8, PAGE.getWidth() - MARGIN - 10, MARGIN / 2);
        y = PAGE.getHeight() - MARGIN;
    }

    private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(4, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = RankingPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }
}
