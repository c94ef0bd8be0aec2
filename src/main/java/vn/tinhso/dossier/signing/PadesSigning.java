package vn.tinhso.dossier.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Adds an invisible approval signature to a PDF in an incremental update, so the bytes of the original stay as
 * they were (ISO 32000-1 §12.8; ETSI EN 319 142-1 PAdES baseline B-B).
 */
final class PadesSigning {

    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    static final String LOCATION = "Hải Phòng, Việt Nam";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int SIGNATURE_SPACE = 16 * 1024;

    private PadesSigning() {
    }

    /**
     * @param pdf the document, unchanged
     * @param key the agency's key and chain
     * @param signerName who signs, the agency's name
     * @param reason why, e.g. "Kết quả giải quyết hồ sơ 000.11.00.H26-260101-0001"
     * @param at the signing time written in {@code /M}
     * @return the document with the signature appended
     * @throws IllegalArgumentException when the bytes are not a readable PDF
     * @throws IOException when the signature cannot be made or written
     */
    static byte[] sign(byte[] pdf, SigningKey key, String signerName, String reason, Instant at) throws IOException {
        try (var document = load(pdf);
             var options = new SignatureOptions()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(LOCATION);
            signature.setSignDate(calendar(at));
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, new CadesSignature(key), options);
            var out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SPACE * 3);
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static Calendar calendar(Instant at) {
        return GregorianCalendar.from(at.atZone(VIETNAM));
    }
}
