package vn.safeschool.followup;

/**
 * A corrective item is OPEN until the school marks it FIXED (with a note), or until a later declaration meets the
 * criterion, which CLOSES it (a fixed one too: the declaration confirms the fix).
 */
public enum CorrectiveStatus {
    OPEN,
    FIXED,
    CLOSED
}
