package vn.tinhso.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tinhso.demo.history}: also write a year of demo history (thousands of dossiers in every state) into a
 * platform without dossiers from before today, so that the service-quality dashboard is live on a fresh start.
 * Beside {@code tinhso.demo.enabled}, which must be on as well.
 *
 * @param history whether to write it
 */
@ConfigurationProperties("tinhso.demo")
record DemoHistorySettings(@DefaultValue("true") boolean history) {
}
