package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text of the organization pages exists in Vietnamese and in English. */
class OrganizationMessagesTests {

    private static final Pattern KEY = Pattern.compile("organization\\.[a-zA-Z0-9_.-]+");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("vi")).isNotEmpty().isEqualTo(keys("en"));
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/organization"))) {
            for (Path template : templates.toList()) {
                KEY.matcher(Files.readString(template)).results().map(match -> match.group())
                        .filter(key -> !key.endsWith(".")).forEach(used::add);
            }
        }
        assertThat(keys("vi")).containsAll(used);
    }

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
