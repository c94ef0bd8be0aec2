package vn.tinhso.dti.cycle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.tinhso.dti.scoring.EvidenceKind;
import vn.tinhso.platform.Refusal;
import vn.tinhso.platform.TinhsoProperties;

/**
 * Evidence files on disk, stored once by their SHA-256 under {@code <data-dir>/dti-evidence/ab/cd/<hash>}, the way
 * the dossier module keeps documents: written to a temporary name, forced to disk, then moved into place, so an
 * acknowledged upload survives a crash and a refused one leaves nothing. The type is detected from the content
 * (Apache Tika), never from the name, and must be one the indicator allows.
 */
@Component
class EvidenceFiles {

    private final Path root;
    private final DtiProperties properties;

    EvidenceFiles(TinhsoProperties platform, DtiProperties properties) throws IOException {
        this.root = platform.dataDir().resolve("dti-evidence").toAbsolutePath().normalize();
        this.properties = properties;
        Files.createDirectories(root.resolve("incoming"));
    }

    /**
     * Stores a file of a kind the indicator accepts.
     *
     * @param allowed the kinds of file the indicator accepts
     */
    Stored store(InputStream content, String uploadedName, Set<EvidenceKind> allowed) {
        Path incoming = null;
        String name = cleanName(uploadedName);
        try {
            incoming = Files.createTempFile(root.resolve("incoming"), "evidence-", ".part");
            var digest = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(new DigestInputStream(content, digest), incoming);
            if (size == 0) {
                throw Refusal.of("dti.evidence.empty", name);
            }
            FileKinds.Detected detected = FileKinds.detect(incoming);
            if (detected.kind().isEmpty() || !allowed.contains(detected.kind().get())) {
                throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "dti.evidence.type", name, detected.mediaType(),
                        String.join(", ", allowed.stream().filter(kind -> kind != EvidenceKind.LINK)
                                .map(Enum::name).toList()));
            }
            String type = detected.mediaType();
            String sha256 = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(incoming, pathOf(sha256));
            return new Stored(sha256, size, type, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        } finally {
            deleteQuietly(incoming);
        }
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long copyLimited(InputStream in, Path target) throws IOException {
        long limit = properties.maxEvidenceSize().toBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var input = new BufferedInputStream(in);
             var out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                size += read;
                if (size > limit) {
                    throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "dti.evidence.too-large",
                            properties.maxEvidenceSize().toMegabytes());
                }
                out.write(ByteBuffer.wrap(buffer, 0, read));
            }
            out.force(true);
        }
        return size;
    }

    private static void moveIntoPlace(Path incoming, Path target) throws IOException {
        if (Files.exists(target)) {
            return; // the same content is already stored
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try (var directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /** The last path segment, without control characters, at most 200 characters; for display only. */
    static String cleanName(String name) {
        if (name == null) {
            return "minh-chung";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return "minh-chung";
        }
        return last.length() > 200 ? last.substring(last.length() - 200) : last;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover in incoming/ is harmless
            }
        }
    }

    /**
     * A stored file.
     *
     * @param sha256 its content hash, also its name on disk
     * @param size in bytes
     * @param mediaType detected from the content
     * @param fileName the name it was uploaded under, cleaned, for display only
     */
    record Stored(String sha256, long size, String mediaType, String fileName) {
    }
}
