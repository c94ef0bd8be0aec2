package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a datasource URL configured, tinhso runs on that database and starts no PostgreSQL of its own. CI points
 * it at Debian's PostgreSQL ({@code TINHSO_TEST_EXTERNAL_DB_URL}); elsewhere a separately started server plays
 * the external one.
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=3000")
@DirtiesContext
class ExternalDatabaseTests {

    private static EmbeddedPostgres standIn;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        String url = System.getenv("TINHSO_TEST_EXTERNAL_DB_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> System.getenv("TINHSO_TEST_EXTERNAL_DB_USER"));
            registry.add("spring.datasource.password", () -> System.getenv("TINHSO_TEST_EXTERNAL_DB_PASSWORD"));
            return;
        }
        standIn = EmbeddedPostgres.builder().start(); // closed by its own shutdown hook, after this context
        registry.add("spring.datasource.url", () -> standIn.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void runsOnTheConfiguredDatabaseWithoutStartingItsOwn() {
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
        URI configured = URI.create(environment.getProperty("spring.datasource.url").substring("jdbc:".length()));
        int serving = jdbc.sql("SELECT current_setting('port')::int").query(Integer.class).single();
        assertThat(serving).isEqualTo(configured.getPort());
    }

    @Test
    void migratesAndLoadsTheReferenceData() {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'admin'").query(Integer.class).single())
                .isEqualTo(1);
    }
}
