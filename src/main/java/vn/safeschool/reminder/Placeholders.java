package vn.safeschool.reminder;

import java.util.List;
import java.util.Set;

import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.TemplateText;

/** The placeholders a template may use, checked when it is saved (filled by {@link TemplateText#fill}). */
final class Placeholders {

    static final Set<String> UNIT = Set.of("unit.name", "campaign.number", "campaign.title", "deadline", "status",
            "reason", "link");
    static final Set<String> DIGEST = Set.of("unit.name", "campaign.number", "campaign.title", "deadline", "status",
            "reason", "link", "units", "count", "threshold");

    private Placeholders() {
    }

    /** Refuses a text with a placeholder this kind of template does not know, naming it. */
    static void check(String text, boolean digest) {
        Set<String> known = digest ? DIGEST : UNIT;
        List<String> unknown = TemplateText.unknownIn(text, known);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("reminder.template.error.unknown-placeholder", unknown.getFirst(),
                    String.join(", ", known.stream().sorted().map(p -> "{" + p + "}").toList()));
        }
    }
}
