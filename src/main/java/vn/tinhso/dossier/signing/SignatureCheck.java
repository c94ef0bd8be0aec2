package vn.tinhso.dossier.signing;

import java.time.Instant;

/**
 * What checking a PDF's digital signature found; when the PDF has several, the latest one counts.
 *
 * @param signed the PDF carries a signature
 * @param intact nothing changed since it was signed: the signature covers the whole file and matches its bytes
 * @param trusted the signer's certificate chains to a trusted root (the development CA, or the roots of the
 *                configured keystore) and was valid for signing when the signature was made
 * @param signer the signer's name, the certificate's common name (an agency's full name)
 * @param agencyCode the agency's identifier code, the certificate's organization (O)
 * @param signedAt when it was signed, as the PDF says ({@code /M}); not a trusted timestamp
 * @param reason the reason written in the signature
 * @param problem {@code null} when the signature is valid, otherwise one of {@code unreadable}, {@code unsigned},
 *                {@code changed-after-signing}, {@code modified}, {@code malformed}, {@code untrusted}
 */
public record SignatureCheck(boolean signed, boolean intact, boolean trusted, String signer, String agencyCode,
                             Instant signedAt, String reason, String problem) {

    static SignatureCheck unreadable() {
        return new SignatureCheck(false, false, false, null, null, null, null, "unreadable");
    }

    static SignatureCheck unsigned() {
        return new SignatureCheck(false, false, false, null, null, null, null, "unsigned");
    }

    /** A signature that is there, covers the whole file, matches it, and chains to a trusted root. */
    public boolean valid() {
        return signed && intact && trusted;
    }
}
