package vn.tinhso.dossier.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS the PDF carries (ETSI EN 319 142-1, PAdES baseline B-B, sub-filter {@code ETSI.CAdES.detached}): a
 * detached SignedData over the PDF's byte range with the signer's certificate chain, the signed attributes
 * content-type, message-digest and signing-certificate-v2, and no signing-time (the PDF's {@code /M} holds it).
 */
final class CadesSignature implements SignatureInterface {

    private final SigningKey key;

    CadesSignature(SigningKey key) {
        this.key = key;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            var generator = new CMSSignedDataGenerator();
            var digests = new JcaDigestCalculatorProviderBuilder().build();
            var signer = new JcaContentSignerBuilder(algorithm()).build(key.key());
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(signedAttributes(key.certificate()))
                    .build(signer, new JcaX509CertificateHolder(key.certificate())));
            generator.addCertificates(new JcaCertStore(key.chain()));
            var data = new CMSProcessableByteArray(content.readAllBytes());
            return generator.generate(data, false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Could not make the CMS signature", e);
        }
    }

    private String algorithm() {
        return "EC".equals(key.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /** The default attributes, with signing-certificate-v2 added and signing-time taken out (PAdES forbids it). */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        var initial = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificateV2(certificate))));
        var defaults = new DefaultSignedAttributeTableGenerator(initial);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** RFC 5035: binds the signature to this certificate by its SHA-256 hash, issuer and serial number. */
    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        var issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)});
    }
}
