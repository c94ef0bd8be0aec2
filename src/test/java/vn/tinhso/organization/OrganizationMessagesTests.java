package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every level and kind of agency has a name to show (the bundles themselves are checked by MessagesTests). */
class OrganizationMessagesTests {

    @Test
    void everyLevelAndKindHasAName() throws IOException {
        Set<String> keys = keys("vi");
        Stream.of(UnitLevel.values()).forEach(level -> assertThat(keys).contains("organization.level." + level));
        Stream.of(AgencyKind.values()).forEach(kind -> assertThat(keys).contains("organization.kind." + kind));
    }

    private static Set<String> keys(String language) throws IOException {
        var properties = new Properties();
        var file = new ClassPathResource("i18n/organization_" + language + ".properties");
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
