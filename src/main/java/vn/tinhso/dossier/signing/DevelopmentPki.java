package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A development PKI in {@code <data-dir>/pki/signing.p12}: a root CA made on first start and a signing certificate
 * per agency issued the first time that agency signs; both kept across restarts. Its signatures have no legal
 * value (Nghị định 130/2018/NĐ-CP requires a certificate from a licensed provider).
 */
final class DevelopmentPki implements Credentials {

    static final String ROOT_NAME = "Tỉnh số – CA phát triển (không dùng thật)";
    static final String ROOT_ALIAS = "tinhso-development-ca";
    private static final Logger log = LoggerFactory.getLogger(DevelopmentPki.class);

    private final Path file;
    private final char[] password;
    private final Clock clock;
    private final KeyStore store;

    DevelopmentPki(Path directory, String password, Clock clock) {
        this.file = directory.resolve("signing.p12");
        this.password = password.toCharArray();
        this.clock = clock;
        this.store = Files.exists(file) ? load() : create(directory);
    }

    /** The development root CA certificate. */
    X509Certificate root() {
        return chain(ROOT_ALIAS).get(0);
    }

    @Override
    public synchronized SigningKey keyFor(String agencyCode, String agencyName) {
        try {
            if (!store.isKeyEntry(agencyCode)) {
                issue(agencyCode, agencyName);
            }
            return new SigningKey((PrivateKey) store.getKey(agencyCode, password), chain(agencyCode));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development key of " + agencyCode, e);
        }
    }

    @Override
    public Set<TrustAnchor> trustAnchors() {
        return Set.of(new TrustAnchor(root(), null));
    }

    private void issue(String agencyCode, String agencyName) throws GeneralSecurityException {
        KeyPair keys = Issuer.newKeyPair();
        var rootKeys = new KeyPair(root().getPublicKey(), (PrivateKey) store.getKey(ROOT_ALIAS, password));
        var certificate = Issuer.signing(rootKeys, root(), keys.getPublic(), Issuer.name(agencyName, agencyCode),
                clock.instant());
        store.setKeyEntry(agencyCode, keys.getPrivate(), password, new Certificate[] {certificate, root()});
        save();
        log.info("Issued a development signing certificate for {} ({}), valid until {}", agencyName, agencyCode,
                certificate.getNotAfter().toInstant());
    }

    private KeyStore create(Path directory) {
        try {
            Files.createDirectories(directory);
            var created = KeyStore.getInstance("PKCS12");
            created.load(null, password);
            KeyPair keys = Issuer.newKeyPair();
            var root = Issuer.root(keys, Issuer.name(ROOT_NAME, "tinhso"), clock.instant());
            created.setKeyEntry(ROOT_ALIAS, keys.getPrivate(), password, new Certificate[] {root});
            write(created);
            log.warn("Created a DEVELOPMENT signing CA in {}: signatures made with it have NO legal value. "
                    + "Do not use it in production; set tinhso.signing.keystore to the agencies' real certificates.",
                    file.toAbsolutePath());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the development keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the development keystore " + file, e);
        }
    }

    private KeyStore load() {
        try (InputStream in = Files.newInputStream(file)) {
            var loaded = KeyStore.getInstance("PKCS12");
            loaded.load(in, password);
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the development keystore " + file
                    + " (wrong tinhso.signing.password?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development keystore " + file, e);
        }
    }

    private void save() {
        try {
            write(store);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the development keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the development keystore " + file, e);
        }
    }

    /** Writes a copy first, then moves it over the old file: a crash never leaves half a keystore. */
    private void write(KeyStore keys) throws IOException, GeneralSecurityException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            keys.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<X509Certificate> chain(String alias) {
        try {
            return Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate chain of " + alias, e);
        }
    }
}
