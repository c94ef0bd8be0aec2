package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.platform.Refusal;

/** A PDF someone uploads to have its signature checked: present, not too big, and starting as a PDF does. */
final class PdfUpload {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** ISO 32000-1 §7.5.2 lets readers find the header within the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private PdfUpload() {
    }

    /**
     * @throws Refusal {@code signing.upload.empty}, {@code signing.upload.too-large} or {@code signing.upload.not-pdf}
     */
    static byte[] bytes(MultipartFile file, DataSize limit) {
        if (file == null || file.isEmpty()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "signing.upload.empty");
        }
        if (file.getSize() > limit.toBytes()) {
            throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "signing.upload.too-large", limit.toMegabytes());
        }
        try {
            byte[] bytes = file.getBytes();
            if (!looksLikePdf(bytes)) {
                throw Refusal.of("signing.upload.not-pdf");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikePdf(byte[] bytes) {
        int window = Math.min(bytes.length, HEADER_WINDOW);
        for (int i = 0; i + MAGIC.length <= window; i++) {
            if (Arrays.equals(bytes, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return true;
            }
        }
        return false;
    }
}
