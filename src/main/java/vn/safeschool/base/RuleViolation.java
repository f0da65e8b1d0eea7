package vn.safeschool.base;

import java.util.Arrays;

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
}
