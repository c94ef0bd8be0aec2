package vn.tinhso.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform, under {@code tinhso.*} in {@code application.yml}.
 *
 * @param dataDir where the embedded database and stored files live
 * @param baseUrl the address citizens reach the platform at (printed at start-up, used in links and QR codes)
 * @param database the embedded database, used when no {@code spring.datasource.url} is set
 * @param demo whether demo agencies and accounts are loaded into an empty database
 */
@ConfigurationProperties("tinhso")
public record TinhsoProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Database database,
        @DefaultValue Demo demo) {

    /**
     * @param port fixed port of the embedded PostgreSQL, 0 for any free port
     * @param ephemeral a throw-away database in a temporary folder (tests), instead of one under the data directory
     */
    public record Database(@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
    }

    /**
     * @param enabled load demo agencies and accounts into an empty database
     * @param dossiers also file a few demo dossiers, at every stage of processing, when there are none
     */
    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean dossiers) {
    }
}
