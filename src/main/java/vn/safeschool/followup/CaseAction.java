package vn.safeschool.followup;

/** The transitions of a case, as its history records them and as the signed-in user may make them. */
public enum CaseAction {
    OPENED,
    RESPONDED,
    RETURNED,
    ACCEPTED,
    /** The case passed to another unit because its own was dissolved in a reorganisation. */
    HANDED_OVER
}
