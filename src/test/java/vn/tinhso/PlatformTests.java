package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform starts on its own embedded PostgreSQL, configured so that acknowledged data survives a crash. */
@SpringBootTest
class PlatformTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresql18WithDurableCommits() {
        assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("18.");
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void appliesTheMigrations() {
        Integer applied = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single();
        assertThat(applied).isPositive();
    }
}
