package vn.tinhso.dossier.receipt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a PDF as a person or a phone camera sees them. */
public final class PdfImages {

    private PdfImages() {
    }

    /** The text of the QR code on a page rendered at 200 dpi. */
    public static String qrCodeOn(PDDocument document, int page) throws IOException, NotFoundException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new Grey(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }

    /** Saves the first page at 110 dpi under {@code target/screenshots/}. */
    public static Path save(PDDocument document, String name) throws IOException {
        Path file = Path.of("target/screenshots").resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", file.toFile());
        return file;
    }

    /** The image in grey levels, for ZXing's core (its Java SE helpers are not a dependency). */
    private static final class Grey extends LuminanceSource {

        private final byte[] pixels;

        Grey(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    pixels[y * image.getWidth() + x] = (byte) grey;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
