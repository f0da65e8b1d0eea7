package vn.safeschool.checklist;

/** When a criterion applies: before students arrive, while they are at school, after they leave. */
public enum Phase {
    BEFORE,
    DURING,
    AFTER
}
