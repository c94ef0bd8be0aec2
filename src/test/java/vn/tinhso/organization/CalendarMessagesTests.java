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

/** Every text of the calendar exists in Vietnamese and in English, and the page shows no text of its own. */
class CalendarMessagesTests {

    private static final Pattern KEY = Pattern.compile("calendar\\.[a-zA-Z0-9_.-]+");
    private static final Path TEMPLATE = Path.of("src/main/resources/templates/calendar/year.html");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("vi")).isNotEmpty().isEqualTo(keys("en"));
    }

    @Test
    void everyKeyTheTemplateUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        KEY.matcher(Files.readString(TEMPLATE)).results().map(match -> match.group())
                .filter(key -> !key.endsWith(".") && !key.endsWith(".css")).forEach(used::add);
        assertThat(used).isNotEmpty();
        assertThat(keys("vi")).containsAll(used);
    }

    @Test
    void everyKindOfDayOffAndOfAdjustmentHasAName() throws IOException {
        Set<String> keys = keys("vi");
        Stream.of(DayOff.Kind.values()).forEach(kind -> assertThat(keys).contains("calendar.kind." + kind));
        Stream.of(Adjustment.Kind.values()).forEach(kind -> assertThat(keys).contains("calendar.adjustment.kind." + kind));
    }

    @Test
    void theTemplateHasNoTextOutsideMessages() throws IOException {
        String visible = Files.readString(TEMPLATE)
                .replaceAll("(?s)<[^>]*th:(text|replace)=[^>]*>[^<]*", "") // placeholder text th:text replaces
                .replaceAll("(?s)<[^>]*>", "")
                .replaceAll("&[a-z]+;", "");
        assertThat(visible.strip()).isEmpty();
    }

    private static Set<String> keys(String language) throws IOException {
        var properties = new Properties();
        var file = new ClassPathResource("i18n/calendar_" + language + ".properties");
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
