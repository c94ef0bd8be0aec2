package vn.tinhso.dossier;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Dossier settings, under {@code tinhso.dossier.*}.
 *
 * @param maxFileSize the largest accepted document
 * @param acceptedTypes media types accepted for documents, as detected from their content
 */
@ConfigurationProperties("tinhso.dossier")
record DossierProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png"}) Set<String> acceptedTypes) {
}
