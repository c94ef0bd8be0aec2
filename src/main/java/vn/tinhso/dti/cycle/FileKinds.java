package vn.tinhso.dti.cycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

import vn.tinhso.dti.scoring.EvidenceKind;

/**
 * What kind of evidence a file is, from its content: Apache Tika detects PDF and pictures by their signature and
 * Office Open XML packages as a whole; a package is a workbook when it holds {@code xl/workbook.xml}, a Word document
 * when it holds {@code word/document.xml}. Anything else (an executable renamed {@code .pdf}) is of no kind.
 */
final class FileKinds {

    private static final Tika TIKA = new Tika();

    private FileKinds() {
    }

    /**
     * @param kind the evidence kind, empty when the file is of none
     * @param mediaType the detected media type, stored with the file
     */
    record Detected(Optional<EvidenceKind> kind, String mediaType) {
    }

    static Detected detect(Path file) throws IOException {
        String type = TIKA.detect(file);
        return switch (type) {
            case "application/pdf" -> new Detected(Optional.of(EvidenceKind.PDF), type);
            case "image/jpeg" -> new Detected(Optional.of(EvidenceKind.JPG), type);
            case "image/png" -> new Detected(Optional.of(EvidenceKind.PNG), type);
            case "application/x-tika-ooxml", "application/zip" -> officePackage(file, type);
            default -> new Detected(Optional.empty(), type);
        };
    }

    private static Detected officePackage(Path file, String type) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return new Detected(Optional.of(EvidenceKind.XLSX),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (zip.getEntry("word/document.xml") != null) {
                return new Detected(Optional.of(EvidenceKind.DOCX),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
        } catch (ZipException broken) {
            return new Detected(Optional.empty(), type);
        }
        return new Detected(Optional.empty(), type);
    }
}
