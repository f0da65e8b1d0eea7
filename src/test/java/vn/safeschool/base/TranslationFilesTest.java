package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** All UI text lives in the translation files, in both languages. */
class TranslationFilesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|RuleViolation)\\(\\s*\"([a-z][a-z0-9.\\-]*[a-z0-9])\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        Set<String> vi = load("translations.properties").stringPropertyNames();
        Set<String> en = load("translations_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(en)).as("keys in English").isEqualTo(new TreeSet<>(vi));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> vi = load("translations.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(KEY_IN_CODE.matcher(source), used);
                collect(MENU_TITLE.matcher(source), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(vi).containsAll(used);
    }

    @Test
    void vietnamese_text_keeps_its_diacritics() throws IOException {
        assertThat(load("translations.properties").getProperty("status.not-declared")).isEqualTo("Chưa khai báo");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
