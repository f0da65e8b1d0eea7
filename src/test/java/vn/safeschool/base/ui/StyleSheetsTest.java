package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SafeSchool's plain stylesheets are read by the browser as they are, with no build to catch a slip: one brace left
 * open nests every later rule inside the one before (CSS nesting), and they silently stop applying — which is how
 * the follow-up badges lost their spacing ("Cần khắc phụcquá hạn").
 */
class StyleSheetsTest {

    @Test
    void every_rule_of_the_shipped_stylesheets_is_closed_and_only_media_queries_hold_rules() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(Path.of("frontend/styles"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            assertThat(problems(Files.readString(sheet))).as(sheet.toString()).isEmpty();
        }
    }

    /** Rules opened inside a rule that is not an at-rule, and braces left open or closed twice, with line numbers. */
    static List<String> problems(String css) {
        String text = java.util.regex.Pattern.compile("(?s)/\\*.*?\\*/").matcher(css)
                .replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        List<String> problems = new ArrayList<>();
        List<Boolean> atRule = new ArrayList<>();
        int line = 1;
        int selectorStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String selector = text.substring(selectorStart, i).strip();
                if (!atRule.isEmpty() && !atRule.getLast()) {
                    problems.add("line " + line + ": '" + selector + "' is nested in an unclosed rule");
                }
                atRule.add(selector.startsWith("@"));
                selectorStart = i + 1;
            } else if (c == '}') {
                if (atRule.isEmpty()) {
                    problems.add("line " + line + ": '}' closes nothing");
                } else {
                    atRule.removeLast();
                }
                selectorStart = i + 1;
            } else if (c == ';') {
                selectorStart = i + 1;
            }
        }
        if (!atRule.isEmpty()) {
            problems.add(atRule.size() + " rule(s) left open at the end");
        }
        return problems;
    }
}
