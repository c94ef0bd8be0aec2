package vn.tinhso.dossier.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results signed with the development CA verify; a changed file or a stranger's certificate does not. */
class SigningTests {

    private static final String AGENCY = "000.11.00.H26";
    private static final String AGENCY_NAME = "Sở Tư pháp thành phố Hải Phòng";

    @TempDir
    Path pki;

    ResultSigner signer;
    byte[] original;
    byte[] signed;

    @BeforeEach
    void signAResult() throws Exception {
        signer = signer(pki);
        original = SamplePdfs.result();
        signed = signer.sign(original, AGENCY, "Kết quả hồ sơ 000.11.00.H26-260101-0001");
    }

    @Test
    void aSignedResultIsSignedIntactAndTrusted() {
        SignatureCheck check = signer.verify(signed);
        assertThat(check.valid()).isTrue();
        assertThat(check.problem()).isNull();
        assertThat(check.signer()).isEqualTo(AGENCY_NAME);
        assertThat(check.agencyCode()).isEqualTo(AGENCY);
        assertThat(check.reason()).isEqualTo("Kết quả hồ sơ 000.11.00.H26-260101-0001");
        assertThat(check.signedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void signingKeepsTheOriginalBytesAndUsesCadesDetached() {
        assertThat(signed.length).isGreaterThan(original.length);
        assertThat(Arrays.equals(signed, 0, original.length, original, 0, original.length)).isTrue();
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("/SubFilter /ETSI.CAdES.detached");
    }

    @Test
    void oneChangedByteInTheSignedContentBreaksTheSignature() {
        SignatureCheck check = signer.verify(SamplePdfs.withMarkerChanged(signed));
        assertThat(check.signed()).isTrue();
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("modified");
    }

    @Test
    void bytesAppendedAfterTheSignatureMakeTheDocumentNotIntact() {
        byte[] appended = Arrays.copyOf(signed, signed.length + 40);
        System.arraycopy("\n% added after signing, not covered\n".getBytes(StandardCharsets.US_ASCII), 0,
                appended, signed.length, 36);
        SignatureCheck check = signer.verify(appended);
        assertThat(check.signed()).isTrue();
        assertThat(check.intact()).isFalse();
        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo("changed-after-signing");
    }

    @Test
    void anUnsignedPdfIsNotSigned() throws Exception {
        SignatureCheck check = signer.verify(SamplePdfs.result());
        assertThat(check.signed()).isFalse();
        assertThat(check.problem()).isEqualTo("unsigned");
    }

    @Test
    void bytesThatAreNotAPdfAreUnreadable() {
        SignatureCheck check = signer.verify("not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(check.signed()).isFalse();
        assertThat(check.problem()).isEqualTo("unreadable");
    }

    @Test
    void aCertificateNotIssuedByTheCaIsNotTrusted() throws Exception {
        var strangerRootKeys = Issuer.newKeyPair();
        var strangerRoot = Issuer.root(strangerRootKeys, Issuer.name("Tự xưng CA", "khong-ro"), Instant.now());
        var keys = Issuer.newKeyPair();
        var certificate = Issuer.signing(strangerRootKeys, strangerRoot, keys.getPublic(),
                Issuer.name(AGENCY_NAME, AGENCY), Instant.now());
        byte[] forged = PadesSigning.sign(SamplePdfs.result(),
                new SigningKey(keys.getPrivate(), List.of(certificate, strangerRoot)), AGENCY_NAME, "Giả mạo",
                Instant.now());

        SignatureCheck check = signer.verify(forged);
        assertThat(check.signed()).isTrue();
        assertThat(check.intact()).isTrue();
        assertThat(check.trusted()).isFalse();
        assertThat(check.problem()).isEqualTo("untrusted");
    }

    @Test
    void theDevelopmentCaSurvivesARestart() {
        var first = new DevelopmentPki(pki, "tinhso-development-only", Clock.systemUTC());
        var second = new DevelopmentPki(pki, "tinhso-development-only", Clock.systemUTC());
        assertThat(second.root()).isEqualTo(first.root());
        assertThat(second.keyFor(AGENCY, AGENCY_NAME).certificate())
                .isEqualTo(first.keyFor(AGENCY, AGENCY_NAME).certificate());
        assertThat(signer(pki).verify(signed).valid()).isTrue();
    }

    @Test
    void theAgencyCertificateSaysWhoSignsAndMayOnlySign() {
        var pkiNow = new DevelopmentPki(pki, "tinhso-development-only", Clock.systemUTC());
        var certificate = pkiNow.keyFor(AGENCY, AGENCY_NAME).certificate();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("O=000.11.00.H26").contains("C=VN");
        assertThat(certificate.getKeyUsage()).startsWith(true, true, false, false, false, false);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(pkiNow.root().getSubjectX500Principal());
        long days = ChronoUnit.DAYS.between(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
        assertThat(days).isBetween(729L, 731L);
    }

    private static ResultSigner signer(Path directory) {
        var clock = Clock.systemUTC();
        return new ResultSigner(new DevelopmentPki(directory, "tinhso-development-only", clock),
                code -> AGENCY_NAME, clock);
    }
}
