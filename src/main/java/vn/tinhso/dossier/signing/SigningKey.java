package vn.tinhso.dossier.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The private key an agency signs with and its certificate chain.
 *
 * @param key the private key
 * @param chain the agency's certificate first, then the issuers up to the root
 */
record SigningKey(PrivateKey key, List<X509Certificate> chain) {

    SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs at least its own certificate");
        }
    }

    X509Certificate certificate() {
        return chain.get(0);
    }
}
