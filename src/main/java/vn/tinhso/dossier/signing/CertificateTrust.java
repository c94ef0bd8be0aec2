package vn.tinhso.dossier.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;

/**
 * Whether a signer's certificate chains to a trusted root and allowed signing documents at signing time.
 * <p>
 * Revocation is not checked: the development CA publishes no CRL or OCSP, and a licensed provider's status
 * service is to be added with the real certificates (Nghị định 130/2018/NĐ-CP: the provider publishes the status
 * of the certificates it issues).
 */
final class CertificateTrust {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final Set<TrustAnchor> anchors;

    CertificateTrust(Set<TrustAnchor> anchors) {
        this.anchors = Set.copyOf(anchors);
    }

    /**
     * @param signer the certificate that made the signature
     * @param others further certificates the signature carries (intermediates)
     * @param at when it was signed; now when unknown
     */
    boolean trusts(X509Certificate signer, Collection<X509Certificate> others, Instant at) {
        if (anchors.isEmpty() || !maySign(signer)) {
            return false;
        }
        try {
            var target = new X509CertSelector();
            target.setCertificate(signer);
            var parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at == null ? Instant.now() : at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean maySign(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION];
    }
}
