package vn.tinhso.dossier.signing;

import java.security.cert.TrustAnchor;
import java.util.Set;

/**
 * Where signing keys come from and which roots signatures must chain to: the development CA under the data
 * directory, or the keystore an operator configured with certificates from a licensed provider.
 */
interface Credentials {

    /**
     * @param agencyCode identifier code of the agency, e.g. {@code 000.11.00.H26}
     * @param agencyName its full name, the certificate's common name when one has to be issued
     * @return the agency's key and chain
     */
    SigningKey keyFor(String agencyCode, String agencyName);

    /** The roots a signature's certificate must chain to for the signature to be trusted. */
    Set<TrustAnchor> trustAnchors();
}
