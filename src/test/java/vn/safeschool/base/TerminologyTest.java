package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One word for one thing in Vietnamese: a declaration after the deadline is "muộn" ("Khai báo muộn", the word of
 * the cards, the tree, the export and the declaration page), never "trễ" beside it — in the UI texts and in the
 * texts the migrations ship (reminder templates, the letter).
 */
class TerminologyTest {

    @Test
    void a_declaration_after_the_deadline_is_called_muon_never_tre() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        sources.add(Path.of("src/main/resources/vaadin-i18n/translations.properties"));
        try (Stream<Path> changes = Files.walk(Path.of("db"))) {
            changes.filter(p -> p.toString().endsWith(".xml")).forEach(sources::add);
        }
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).toLowerCase(Locale.of("vi")).contains("trễ")) {
                    found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(Files.readString(Path.of("src/main/resources/vaadin-i18n/translations.properties")))
                .contains("status.late=Khai báo muộn");
    }
}
