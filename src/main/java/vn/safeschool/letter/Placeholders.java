package vn.safeschool.letter;

import java.util.List;

import vn.safeschool.base.TemplateText;

/**
 * The places in a letter's subject and body where the data goes, written {@code {name}}. Only these names exist:
 * a letter that asks for any other is refused rather than printed with a gap, and no number is ever typed.
 */
public final class Placeholders {

    /** Every name a template may use, in the order the help lists them. */
    public static final List<String> NAMES = List.of("campaign.number", "campaign.title", "campaign.issuedOn",
            "deadline", "asOf", "total", "safe", "safe.share", "atRisk", "atRisk.share", "unsafe", "unsafe.share",
            "notDeclared", "notDeclared.share", "late", "lowestUnits");

    private Placeholders() {
    }

    /** The placeholders in the text that are not in {@link #NAMES}, each once, as written ("{safeShare}"). */
    public static List<String> unknownIn(String text) {
        return TemplateText.unknownIn(text, NAMES);
    }
}
