package vn.safeschool.checklist;

import org.jspecify.annotations.Nullable;

/**
 * What the rule makes of a declaration's answers. "Not declared" is the absence of a declaration, not a status;
 * the static methods name it where a status would be named, so every screen and message says it the same way.
 */
public enum SafetyStatus {
    SAFE("safe"),
    AT_RISK("at-risk"),
    UNSAFE("unsafe");

    private static final String NOT_DECLARED = "not-declared";

    private final String keyName;

    SafetyStatus(String keyName) {
        this.keyName = keyName;
    }

    /** Its name in the translation keys ({@code status.at-risk}) and the style classes ({@code ss-status-at-risk}). */
    public String keyName() {
        return keyName;
    }

    /** The translation key of its name: {@code status.safe}, {@code status.at-risk}, {@code status.unsafe}. */
    public String translationKey() {
        return "status." + keyName;
    }

    /** {@link #keyName()} of a school's state: {@code not-declared} when it has no declaration. */
    public static String keyNameOf(@Nullable SafetyStatus status) {
        return status == null ? NOT_DECLARED : status.keyName();
    }

    /** {@link #translationKey()} of a school's state: {@code status.not-declared} when it has no declaration. */
    public static String translationKeyOf(@Nullable SafetyStatus status) {
        return "status." + keyNameOf(status);
    }
}
