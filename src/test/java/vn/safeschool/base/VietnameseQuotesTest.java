package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 18: Vietnamese quotes with “ ”; the German low-high pair (U+201E, U+201C) had crept into the messages.
 */
class VietnameseQuotesTest {

    @Test
    void vietnamese_messages_quote_with_curly_double_quotes_never_german_low_ones() throws IOException {
        Properties vi = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : vi.stringPropertyNames()) {
            String text = vi.getProperty(key);
            assertThat(text).as(key).doesNotContain("„");
            assertThat(text.chars().filter(c -> c == '“').count()).as(key)
                    .isEqualTo(text.chars().filter(c -> c == '”').count());
        }
    }
}
