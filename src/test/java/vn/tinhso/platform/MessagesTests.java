package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text a user sees exists in Vietnamese and in English, and every key a page uses exists. */
class MessagesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : bundleNames()) {
            Properties vi = load(BUNDLES.resolve(bundle + "_vi.properties"));
            Properties en = load(BUNDLES.resolve(bundle + "_en.properties"));
            assertThat(en.stringPropertyNames()).as("keys of %s_en vs %s_vi", bundle, bundle)
                    .containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
            vi.forEach((key, value) -> assertThat(value.toString()).as("%s_vi %s", bundle, key).isNotBlank());
            en.forEach((key, value) -> assertThat(value.toString()).as("%s_en %s", bundle, key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundleNames()) {
            known.addAll(load(BUNDLES.resolve(bundle + "_vi.properties")).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> bundleNames() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith("_vi.properties"))
                    .map(name -> name.substring(0, name.length() - "_vi.properties".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
