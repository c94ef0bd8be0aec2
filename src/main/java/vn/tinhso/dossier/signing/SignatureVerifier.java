package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks the latest signature of a PDF: that its byte range covers the whole file, that the CMS matches the signed
 * bytes (message digest and signature value), and that the signer's certificate chains to a trusted root.
 */
final class SignatureVerifier {

    private final CertificateTrust trust;

    SignatureVerifier(CertificateTrust trust) {
        this.trust = trust;
    }

    SignatureCheck verify(byte[] pdf) {
        List<SignedRevision> signatures;
        try {
            signatures = SignedRevision.of(pdf);
        } catch (IOException | RuntimeException e) {
            return SignatureCheck.unreadable();
        }
        if (signatures.isEmpty()) {
            return SignatureCheck.unsigned();
        }
        return check(signatures.get(0));
    }

    private SignatureCheck check(SignedRevision revision) {
        Optional<Cms> cms = Cms.read(revision);
        if (cms.isEmpty()) {
            return new SignatureCheck(true, false, false, null, null, revision.signedAt(), revision.reason(),
                    "malformed");
        }
        X509Certificate signer = cms.get().signer();
        X500Name subject = X500Name.getInstance(signer.getSubjectX500Principal().getEncoded());
        boolean matches = cms.get().matches();
        boolean intact = matches && revision.coversWholeFile();
        boolean trusted = trust.trusts(signer, cms.get().certificates(), revision.signedAt());
        String problem = !matches ? "modified" : !intact ? "changed-after-signing" : !trusted ? "untrusted" : null;
        return new SignatureCheck(true, intact, trusted, part(subject, BCStyle.CN), part(subject, BCStyle.O),
                revision.signedAt(), revision.reason(), problem);
    }

    private static String part(X500Name name, ASN1ObjectIdentifier type) {
        var rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        var value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : value.toString();
    }

    /** The CMS of a signature, its signer and the certificates it carries. */
    private record Cms(SignerInformation signerInfo, X509Certificate signer, List<X509Certificate> certificates) {

        static Optional<Cms> read(SignedRevision revision) {
            try {
                var data = new CMSSignedData(new CMSProcessableByteArray(revision.signedBytes()),
                        contentInfo(revision.contents()));
                var signers = data.getSignerInfos().getSigners();
                if (signers.size() != 1) {
                    return Optional.empty();
                }
                SignerInformation info = signers.iterator().next();
                Collection<X509CertificateHolder> holders = data.getCertificates().getMatches(null);
                var converter = new JcaX509CertificateConverter();
                List<X509Certificate> certificates = holders.stream()
                        .map(holder -> convert(converter, holder)).toList();
                @SuppressWarnings("unchecked")
                var matching = data.getCertificates().getMatches((Selector<X509CertificateHolder>) info.getSID());
                if (matching.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Cms(info, convert(converter, matching.iterator().next()), certificates));
            } catch (CMSException | IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** The first DER object of the value: a signature field is padded with zeros up to its reserved size. */
        private static ContentInfo contentInfo(byte[] contents) throws IOException {
            try (var in = new ASN1InputStream(contents)) {
                return ContentInfo.getInstance(in.readObject());
            }
        }

        /** The message digest matches the signed bytes and the signature value matches the signer's key. */
        boolean matches() {
            try {
                return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
            } catch (CMSException | OperatorCreationException e) {
                return false;
            }
        }

        private static X509Certificate convert(JcaX509CertificateConverter converter, X509CertificateHolder holder) {
            try {
                return converter.getCertificate(holder);
            } catch (CertificateException e) {
                throw new IllegalArgumentException("Unreadable certificate in the signature", e);
            }
        }
    }
}
