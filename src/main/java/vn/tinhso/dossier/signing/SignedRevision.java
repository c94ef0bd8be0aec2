package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * One signature read from a PDF, with the bytes it claims to cover.
 *
 * @param byteRange offset and length of the two signed parts of the file, around the signature's value
 * @param contents the signature value, the CMS (may carry trailing zero padding)
 * @param signedBytes the file's bytes in the byte range
 * @param coversWholeFile the byte range starts at 0, ends at the file's end and leaves out only {@code <hex>}
 * @param reason the reason written in the signature dictionary
 * @param signedAt its {@code /M}, or {@code null}
 */
record SignedRevision(int[] byteRange, byte[] contents, byte[] signedBytes, boolean coversWholeFile, String reason,
                      Instant signedAt) {

    /**
     * The signatures of a PDF, the one that ends last first.
     *
     * @throws IOException when the bytes are not a readable PDF
     */
    static List<SignedRevision> of(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().stream()
                    .flatMap(signature -> read(signature, pdf).stream())
                    .sorted(Comparator.comparingLong(SignedRevision::end).reversed())
                    .toList();
        }
    }

    private static Optional<SignedRevision> read(PDSignature signature, byte[] pdf) {
        int[] range = signature.getByteRange();
        byte[] contents = signature.getContents();
        if (range == null || range.length != 4 || contents == null || contents.length == 0 || !inside(range, pdf)) {
            return Optional.empty();
        }
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        return Optional.of(new SignedRevision(range.clone(), contents, signed, coversWholeFile(range, pdf),
                signature.getReason(), at));
    }

    private static boolean inside(int[] range, byte[] pdf) {
        return Arrays.stream(range).allMatch(n -> n >= 0)
                && (long) range[0] + range[1] <= range[2]
                && (long) range[2] + range[3] <= pdf.length;
    }

    /** ISO 32000-1 §12.8.1: the range covers the entire file, the signature value (hex string) excepted. */
    private static boolean coversWholeFile(int[] range, byte[] pdf) {
        if (range[0] != 0 || range[2] + range[3] != pdf.length || range[2] - range[1] < 2) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private long end() {
        return (long) byteRange[2] + byteRange[3];
    }
}
