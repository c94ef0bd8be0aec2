package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.Function;

/**
 * Signs the results an agency returns and checks signed PDFs: the one entry point of digital signatures for the
 * rest of the dossier module.
 * <p>
 * A result signed with a certificate from a licensed provider counts as signed and sealed by the agency
 * (Luật Giao dịch điện tử 2023, số 20/2023/QH15; Nghị định 130/2018/NĐ-CP); with the development CA it does not.
 */
public class ResultSigner {

    private final Credentials credentials;
    private final Function<String, String> agencyNames;
    private final SignatureVerifier verifier;
    private final Clock clock;

    /**
     * @param credentials where agencies' keys come from
     * @param agencyNames an agency's full name from its code; throws {@link IllegalArgumentException} for unknown codes
     * @param clock the signing time's source
     */
    ResultSigner(Credentials credentials, Function<String, String> agencyNames, Clock clock) {
        this.credentials = credentials;
        this.agencyNames = agencyNames;
        this.verifier = new SignatureVerifier(new CertificateTrust(credentials.trustAnchors()));
        this.clock = clock;
    }

    /**
     * Signs a PDF on behalf of an agency (PAdES baseline B-B, incremental update: the original bytes stay).
     *
     * @param pdf the document to sign
     * @param agencyCode identifier code of the signing agency, e.g. {@code 000.11.00.H26}
     * @param reason why it is signed, written into the signature, e.g. the dossier code of the result
     * @return the signed document
     * @throws IllegalArgumentException when the agency is unknown or the bytes are not a readable PDF
     */
    public byte[] sign(byte[] pdf, String agencyCode, String reason) {
        String name = agencyNames.apply(agencyCode);
        SigningKey key = credentials.keyFor(agencyCode, name);
        try {
            return PadesSigning.sign(pdf, key, name, reason, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign for " + agencyCode, e);
        }
    }

    /**
     * Checks the latest signature of a PDF; never throws for bad input, the answer says what is wrong.
     *
     * @param pdf any bytes
     * @return what was found
     */
    public SignatureCheck verify(byte[] pdf) {
        return verifier.verify(pdf);
    }
}
