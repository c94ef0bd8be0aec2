package vn.tinhso.dossier.signing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Signing settings, under {@code tinhso.signing.*}.
 *
 * @param keystore a PKCS#12 file with one key entry per agency, its alias the agency code (e.g.
 *                 {@code 000.11.00.H26}), holding the agency's certificate chain up to its root; when set, it
 *                 replaces the development CA, and the roots of its chains are the trusted ones
 * @param password password of that keystore, or of the development one under {@code <data-dir>/pki/};
 *                 the default is for development only: set a real secret in production (environment variable
 *                 {@code TINHSO_SIGNING_PASSWORD}), never in git
 * @param maxFileSize the largest PDF the verification page and API accept
 */
@ConfigurationProperties("tinhso.signing")
record SigningProperties(
        Path keystore,
        @DefaultValue("tinhso-development-only") String password,
        @DefaultValue("20MB") DataSize maxFileSize) {
}
