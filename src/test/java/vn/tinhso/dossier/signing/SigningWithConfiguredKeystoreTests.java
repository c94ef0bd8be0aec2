package vn.tinhso.dossier.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With tinhso.signing.keystore set, agencies sign with its keys and only its roots are trusted. */
class SigningWithConfiguredKeystoreTests {

    private static final String AGENCY = "000.11.00.H26";
    private static final String AGENCY_NAME = "Sở Tư pháp thành phố Hải Phòng";
    private static final String PASSWORD = "a-real-secret";

    @TempDir
    Path directory;

    ResultSigner signer;

    @BeforeEach
    void keystoreFromAProvider() throws Exception {
        var rootKeys = Issuer.newKeyPair();
        var root = Issuer.root(rootKeys, Issuer.name("Nhà cung cấp dịch vụ chứng thực (thử)", "CA thử"), Instant.now());
        var keys = Issuer.newKeyPair();
        var certificate = Issuer.signing(rootKeys, root, keys.getPublic(), Issuer.name(AGENCY_NAME, AGENCY),
                Instant.now());
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD.toCharArray());
        store.setKeyEntry(AGENCY, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate, root});
        Path file = directory.resolve("agencies.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        signer = new ResultSigner(new ConfiguredKeystore(file, PASSWORD), code -> AGENCY_NAME, Clock.systemUTC());
    }

    @Test
    void anAgencyInTheKeystoreSignsAndItsRootIsTrusted() throws Exception {
        byte[] signed = signer.sign(SamplePdfs.result(), AGENCY, "Kết quả");
        SignatureCheck check = signer.verify(signed);
        assertThat(check.valid()).isTrue();
        assertThat(check.signer()).isEqualTo(AGENCY_NAME);
    }

    @Test
    void theDevelopmentCaIsNotTrustedOnceRealCertificatesAreConfigured() throws Exception {
        var development = new ResultSigner(new DevelopmentPki(directory.resolve("pki"), "dev", Clock.systemUTC()),
                code -> AGENCY_NAME, Clock.systemUTC());
        byte[] signed = development.sign(SamplePdfs.result(), AGENCY, "Kết quả");
        assertThat(signer.verify(signed).trusted()).isFalse();
        assertThat(signer.verify(signed).intact()).isTrue();
    }

    @Test
    void anAgencyMissingFromTheKeystoreCannotSign() throws Exception {
        byte[] pdf = SamplePdfs.result();
        assertThatIllegalStateException().isThrownBy(() -> signer.sign(pdf, "000.13.00.H26", "Kết quả"))
                .withMessageContaining("000.13.00.H26");
    }

    @Test
    void bytesThatAreNotAPdfCannotBeSigned() {
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign(new byte[] {1, 2, 3}, AGENCY, "Kết quả"));
    }
}
