package vn.safeschool.reminder;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.safeschool.base.RuleViolation;

/** The placeholders a template may use, checked when it is saved and filled when a message is written. */
final class Placeholders {

    static final Set<String> UNIT = Set.of("unit.name", "campaign.number", "campaign.title", "deadline", "status",
            "reason", "link");
    static final Set<String> DIGEST = Set.of("unit.name", "campaign.number", "campaign.title", "deadline", "status",
            "reason", "link", "units", "count", "threshold");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

    private Placeholders() {
    }

    /** Refuses a text with a placeholder this kind of template does not know, naming it. */
    static void check(String text, boolean digest) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!(digest ? DIGEST : UNIT).contains(m.group(1))) {
                throw new RuleViolation("reminder.template.error.unknown-placeholder", m.group(),
                        String.join(", ", (digest ? DIGEST : UNIT).stream().sorted().map(p -> "{" + p + "}")
                                .toList()));
            }
        }
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
