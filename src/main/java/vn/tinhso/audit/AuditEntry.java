package vn.tinhso.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;

/**
 * One line of the audit log.
 *
 * @param seq gapless position in the chain, from 1
 * @param at when it happened (microsecond precision, as stored)
 * @param actor who did it: a username, or {@code system}
 * @param action what was done, a stable dotted name such as {@code identity.sign-in}
 * @param subject what it was done to, e.g. an account or dossier code
 * @param details free text, never a password
 * @param previousHash the hash of entry {@code seq - 1} (64 zeros for the first entry)
 * @param hash SHA-256 over all the above
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
                         String previousHash, String hash) {

    static final String GENESIS = "0".repeat(64);

    /** When it happened, on the clock of Vietnam (UTC+7), for display. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The hash this entry must carry, computed from its content and its predecessor's hash. */
    String expectedHash() {
        return hashOf(seq, at, actor, action, subject, details, previousHash);
    }

    static String hashOf(long seq, Instant at, String actor, String action, String subject, String details,
                         String previousHash) {
        // Fields joined by the ASCII unit separator, which none of them may contain unescaped.
        String canonical = String.join("\u001F", Long.toString(seq), at.toString(), escape(actor), escape(action),
                escape(subject), escape(details), previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\u001F", "\\u001F");
    }
}
