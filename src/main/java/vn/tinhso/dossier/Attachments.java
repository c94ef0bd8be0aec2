package vn.tinhso.dossier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.Refusal;
import vn.tinhso.platform.TinhsoProperties;

/**
 * Documents on disk, stored once by their SHA-256 under {@code <data-dir>/attachments/ab/cd/<hash>}; the name a
 * user gave a file is kept only for display, never used as a path. A file is written to a temporary name, forced
 * to disk, then moved into place, so an acknowledged upload survives a crash and a failed one leaves nothing.
 * Its type is detected from its content: a PDF that is really an executable is refused.
 */
@Component
class Attachments {

    private static final Tika TIKA = new Tika();

    private final Path root;
    private final DossierProperties properties;

    Attachments(TinhsoProperties platform, DossierProperties properties) throws IOException {
        this.root = platform.dataDir().resolve("attachments").toAbsolutePath().normalize();
        this.properties = properties;
        Files.createDirectories(root.resolve("incoming"));
    }

    StoredFile store(InputStream content, String uploadedName) {
        Path incoming = null;
        try {
            incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
            var digest = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(new DigestInputStream(content, digest), incoming);
            if (size == 0) {
                throw Refusal.of("dossier.file.empty", cleanName(uploadedName));
            }
            String type = TIKA.detect(incoming);
            if (!properties.acceptedTypes().contains(type)) {
                throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "dossier.file.type", cleanName(uploadedName), type);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(incoming, pathOf(sha256));
            return new StoredFile(sha256, size, type, cleanName(uploadedName));
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

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long copyLimited(InputStream in, Path target) throws IOException {
        long limit = properties.maxFileSize().toBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var input = new BufferedInputStream(in);
             var out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                size += read;
                if (size > limit) {
                    throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "dossier.file.too-large", properties.maxFileSize().toMegabytes());
                }
                out.write(java.nio.ByteBuffer.wrap(buffer, 0, read));
            }
            out.force(true);
        }
        return size;
    }

    private static void moveIntoPlace(Path incoming, Path target) throws IOException {
        if (Files.exists(target)) {
            return; // same content already stored
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

    /** The last path segment, without control characters, at most 200 characters. */
    static String cleanName(String name) {
        if (name == null) {
            return "tep";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return "tep";
        }
        return last.length() > 200 ? last.substring(last.length() - 200) : last;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover in incoming/ is harmless and removed with the next cleanup
            }
        }
    }
}
