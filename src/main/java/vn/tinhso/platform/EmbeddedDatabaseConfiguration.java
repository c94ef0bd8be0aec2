package vn.tinhso.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL from Maven artifacts when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. The data lives under {@code <data-dir>/postgres} and
 * survives restarts.
 * <p>
 * zonky starts PostgreSQL with {@code fsync} and {@code synchronous_commit} off; both are set back on here,
 * otherwise a dossier acknowledged to a citizen could be lost in a crash.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(TinhsoProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false); // Spring stops it after the last bean that needs it
        if (properties.database().port() > 0) {
            builder.setPort(properties.database().port());
        }
        if (!properties.database().ephemeral()) {
            Path directory = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
            Files.createDirectories(directory.getParent());
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL, data in {}", directory);
        }
        return builder.start();
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("tinhso-embedded");
        return dataSource;
    }

    /** True unless an external database is configured, e.g. by {@code SPRING_DATASOURCE_URL}. */
    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
