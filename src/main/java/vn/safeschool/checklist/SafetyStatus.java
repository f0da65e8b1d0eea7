package vn.safeschool.checklist;

/** What the rule makes of a declaration's answers. "Not declared" is the absence of a declaration, not a status. */
public enum SafetyStatus {
    SAFE,
    AT_RISK,
    UNSAFE
}
