package vn.safeschool.unitimport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.safeschool.base.Inputs;

/** How headers and coded values are compared: no case, no diacritics (đ is d), letters and digits only. */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Text() {
    }

    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(plain).replaceAll("");
    }

    /** A cell as a value: as the services keep a typed value ({@link Inputs#line}); empty when blank. */
    static String clean(String cell) {
        return java.util.Objects.requireNonNull(Inputs.line(cell));
    }
}
