package vn.tinhso.dti.cycle;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of evidence (minh chứng) for an answer: a stored file or a link.
 *
 * @param fileName for a file, the name it was uploaded under (display only)
 * @param mediaType for a file, detected from its content
 * @param url for a link
 */
public record EvidenceItem(UUID id, String indicatorCode, Kind kind, String fileName, String mediaType, Long size,
                           String sha256, String url, String addedBy, Instant addedAt) {

    /** A file or a link. */
    public enum Kind {
        /** A file stored by its SHA-256. */
        FILE,
        /** A web address. */
        LINK
    }

    /** What to show: the file's name or the address. */
    public String label() {
        return kind == Kind.FILE ? fileName : url;
    }
}
