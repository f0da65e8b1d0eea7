package vn.safeschool.letter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in a letter's subject and body where the data goes, written {@code {name}}. Only these names exist:
 * a letter that asks for any other is refused rather than printed with a gap, and no number is ever typed.
 */
public final class Placeholders {

    /** Every name a template may use, in the order the help lists them. */
    public static final List<String> NAMES = List.of("campaign.number", "campaign.title", "campaign.issuedOn",
            "deadline", "asOf", "total", "safe", "safe.share", "atRisk", "atRisk.share", "unsafe", "unsafe.share",
            "notDeclared", "notDeclared.share", "late", "lowestUnits");

    /** Braces around a word without spaces: "{safe}" is a placeholder, "{ see below }" is text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,60})\\}");

    private Placeholders() {
    }

    /** The placeholders in the text that are not in {@link #NAMES}, each once, as written ("{safeShare}"). */
    public static List<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!NAMES.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        return List.copyOf(unknown);
    }

    /** The text with every known placeholder replaced by its value; check {@link #unknownIn} first. */
    static String fill(String text, Map<String, String> values) {
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
