package vn.tinhso.dossier.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** PLACEHOLDER until the real renderers land. */
final class Draft {
    static byte[] pdf(String... lines) {
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            var font = PDType0Font.load(doc, Draft.class.getResourceAsStream("/fonts/DejaVuSans.ttf"));
            try (var c = new PDPageContentStream(doc, page)) {
                c.beginText();
                c.setFont(font, 10);
                c.newLineAtOffset(40, 750);
                for (String line : lines) {
                    c.showText(line == null ? "" : line.replace("\n", " "));
                    c.newLineAtOffset(0, -14);
                }
                c.endText();
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
