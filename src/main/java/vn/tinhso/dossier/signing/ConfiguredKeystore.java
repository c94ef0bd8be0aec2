package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agencies' real certificates, from the PKCS#12 keystore in {@code tinhso.signing.keystore}: one key entry per
 * agency, its alias the agency code. The roots at the end of its chains are the trusted ones.
 */
final class ConfiguredKeystore implements Credentials {

    private final Path file;
    private final char[] password;
    private final KeyStore store;

    ConfiguredKeystore(Path file, String password) {
        this.file = file;
        this.password = password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, this.password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tinhso.signing.keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read tinhso.signing.keystore " + file, e);
        }
    }

    @Override
    public SigningKey keyFor(String agencyCode, String agencyName) {
        try {
            if (!store.isKeyEntry(agencyCode)) {
                throw new IllegalStateException("No signing key for agency " + agencyCode + " (" + agencyName
                        + ") in " + file);
            }
            return new SigningKey((PrivateKey) store.getKey(agencyCode, password), chain(agencyCode));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key of " + agencyCode + " in " + file, e);
        }
    }

    @Override
    public Set<TrustAnchor> trustAnchors() {
        try {
            return Collections.list(store.aliases()).stream()
                    .map(this::chain)
                    .filter(chain -> !chain.isEmpty())
                    .map(chain -> new TrustAnchor(chain.get(chain.size() - 1), null))
                    .collect(Collectors.toSet());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot list " + file, e);
        }
    }

    private List<X509Certificate> chain(String alias) {
        try {
            var chain = store.getCertificateChain(alias);
            return chain == null ? List.of() : Arrays.stream(chain).map(X509Certificate.class::cast).toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate chain of " + alias + " in " + file, e);
        }
    }
}
