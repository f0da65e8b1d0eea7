package vn.safeschool.base;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that people write once and the application fills with data: reminder templates, the official letter. The
 * data goes where the text says {@code {name}}; each feature decides which names exist and refuses the others.
 */
public final class TemplateText {

    /** Braces around a word without spaces: "{safe}" is a placeholder, "{ see below }" is text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)\\}");

    private TemplateText() {
    }

    /** The placeholders in the text whose name is not one of {@code names}, each once, as written ("{safeShare}"). */
    public static List<String> unknownIn(String text, Collection<String> names) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        return List.copyOf(unknown);
    }

    /** The text with every placeholder that has a value replaced by it; any other is left as written. */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
