package vn.safeschool.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text as typed, pasted or imported, in one form before it is checked, stored or searched for. Vietnamese arrives
 * precomposed ("ờ" as one character) or combining ("o" + horn + grave) depending on the keyboard and the system;
 * both become NFC, so that the same name compares, searches and counts its length alike. Invisible characters pasted
 * from documents and spreadsheets (zero-width spaces, byte-order marks, direction marks, soft hyphens) go, so that a
 * name of nothing but them is blank — and refused as such.
 */
public final class Inputs {

    /** Format characters: zero-width space and joiners, word joiner, byte-order mark, direction marks, soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    /** Control characters and every kind of space or line break: one line holds plain spaces only. */
    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\p{Z}]");
    /** Control characters other than the line break and the tab. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** No-break, figure, thin and other spaces, which {@link String#strip()} does not take for spaces. */
    private static final Pattern SPACE = Pattern.compile("\\p{Zs}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029]");
    /** The longest search term looked for: no name or code in the database is longer. */
    public static final int MAX_SEARCH = 255;

    private Inputs() {
    }

    /** A name, title, code or address: NFC, no invisible or control characters, spaces as spaces, trimmed. */
    public static @Nullable String line(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String visible = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        return NOT_ONE_LINE.matcher(visible).replaceAll(" ").strip();
    }

    /** Free text such as a note or a reason: NFC, no invisible or control characters but line breaks, trimmed. */
    public static @Nullable String text(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String visible = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        String spaced = SPACE.matcher(LINE_BREAK.matcher(visible).replaceAll("\n")).replaceAll(" ");
        return CONTROL.matcher(spaced).replaceAll("").strip();
    }

    /** Free text that may be left empty: null when nothing visible remains. */
    public static @Nullable String optionalText(@Nullable String text) {
        String cleaned = text(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * What a user searches for, as a {@code LIKE} pattern that contains it: cleaned as a {@link #line}, at most
     * {@value #MAX_SEARCH} characters, its own {@code %} and {@code _} taken literally (escape character {@code !}).
     */
    public static String containsPattern(@Nullable String term) {
        String cleaned = line(term);
        if (cleaned == null) {
            cleaned = "";
        }
        if (cleaned.length() > MAX_SEARCH) {
            cleaned = cleaned.substring(0, MAX_SEARCH);
        }
        return "%" + cleaned.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
