package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Whatever users type (names, notes, reasons) reaches the page as text: components set text, grids render text.
 * Nothing in the code may turn a string into markup (the {@code Html} or {@code Markdown} component, a script setting
 * {@code innerHTML}), so a note "&lt;img src=x onerror=...&gt;" can never run.
 */
class UserTextIsNeverMarkupTest {

    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|unsafeHTML|setHtmlContent|\\bHtml\\("
                    + "|import com\\.vaadin\\.flow\\.component\\.(Html|markdown\\.Markdown);");

    @Test
    void no_source_sets_markup_from_a_string() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("frontend"))
                .filter(Files::isDirectory).flatMap(UserTextIsNeverMarkupTest::walk)) {
            offending = files.filter(Files::isRegularFile).filter(f -> MARKUP_SINKS.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offending).isEmpty();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
