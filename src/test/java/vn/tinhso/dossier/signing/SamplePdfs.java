package vn.tinhso.dossier.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small PDFs for the signing tests: a result in Vietnamese, saved without object streams so its bytes can be found. */
final class SamplePdfs {

    /** ASCII text in the document information, in the signed part of the file: the byte a test flips. */
    static final String MARKER = "KETQUA-000.11.00.H26-260101-0001";

    private SamplePdfs() {
    }

    static byte[] result() throws IOException {
        try (var document = new PDDocument()) {
            document.getDocumentInformation().setSubject(MARKER);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (InputStream font = SamplePdfs.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
                 var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(PDType0Font.load(document, font, true), 12);
                text.newLineAtOffset(72, 760);
                text.showText("Giấy chứng nhận kết quả giải quyết thủ tục hành chính – Sở Tư pháp Hải Phòng");
                text.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** The same bytes with one letter of {@link #MARKER} changed. */
    static byte[] withMarkerChanged(byte[] pdf) {
        byte[] changed = pdf.clone();
        int at = indexOf(pdf, MARKER.getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            throw new IllegalStateException("Marker not found in the PDF");
        }
        changed[at] = (byte) (changed[at] == 'K' ? 'X' : 'K');
        return changed;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
