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

    /** Saves page 1 at 110 dpi as {@code target/screenshots/<name>.png}, further pages as {@code <name>-2.png}… */
    public static Path save(PDDocument document, String name) throws IOException {
        Path first = Path.of("target/screenshots").resolve(name + ".png");
        Files.createDirectories(first.getParent());
        var renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            Path file = page == 0 ? first : first.resolveSibling(name + "-" + (page + 1) + ".png");
            ImageIO.write(renderer.renderImageWithDPI(page, 110), "png", file.toFile());
        }
        return first;
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
