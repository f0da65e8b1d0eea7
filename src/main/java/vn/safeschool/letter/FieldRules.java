package vn.safeschool.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.safeschool.base.RuleViolation;

/**
 * What a letter's text must be: everything filled in except the number, within the columns' sizes, and only
 * known placeholders. A refusal names the field ({@code arguments()[0]}) so that the page can mark it.
 */
final class FieldRules {

    static final int NUMBER_MAX = 20;

    private FieldRules() {
    }

    static void check(LetterFields fields) {
        for (Map.Entry<String, Limit> field : limits(fields).entrySet()) {
            String value = field.getValue().value();
            if (value.isEmpty()) {
                throw new RuleViolation("letter.error.required", field.getKey());
            }
            if (value.length() > field.getValue().max()) {
                throw new RuleViolation("letter.error.too-long", field.getKey(), field.getValue().max());
            }
        }
        List<String> unknown = new ArrayList<>(Placeholders.unknownIn(fields.subject()));
        Placeholders.unknownIn(fields.body()).stream().filter(p -> !unknown.contains(p)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("letter.error.unknown-placeholders", String.join(", ", unknown),
                    String.join(", ", Placeholders.NAMES.stream().map(n -> "{" + n + "}").toList()));
        }
    }

    static void checkNumber(String number) {
        if (number.length() > NUMBER_MAX) {
            throw new RuleViolation("letter.error.too-long", "number", NUMBER_MAX);
        }
    }

    private record Limit(String value, int max) {
    }

    /** The columns' sizes; the body's TEXT column holds 65,535 bytes, 10,000 Vietnamese characters fit. */
    private static Map<String, Limit> limits(LetterFields f) {
        Map<String, Limit> limits = new LinkedHashMap<>();
        limits.put("governingBody", new Limit(f.governingBody(), 255));
        limits.put("place", new Limit(f.place(), 100));
        limits.put("symbol", new Limit(f.symbol(), 64));
        limits.put("subject", new Limit(f.subject(), 1000));
        limits.put("recipients", new Limit(f.recipients(), 2000));
        limits.put("body", new Limit(f.body(), 10_000));
        limits.put("signerTitle", new Limit(f.signerTitle(), 255));
        limits.put("signerName", new Limit(f.signerName(), 255));
        limits.put("copiesTo", new Limit(f.copiesTo(), 2000));
        return limits;
    }
}
