package vn.safeschool.base;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A request the service refuses because of what the user entered or asked for. It carries a translation key,
 * not a sentence, so that the user reads it in their own language; the views show it, nothing is half-stored.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The arguments with every {@link Label} put into words by {@code translate} (a key to its text). */
    public Object[] arguments(UnaryOperator<String> translate) {
        return Arrays.stream(arguments).map(a -> a instanceof Label label ? translate.apply(label.key()) : a)
                .toArray();
    }

    /**
     * An argument that is itself a translation key, such as the name of the field a refusal is about: the user
     * reads "Trích yếu" or "Title", not {@code field.title}.
     */
    public record Label(String key) {
    }
}
