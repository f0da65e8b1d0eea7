package vn.safeschool.reorganisation;

/** Where a reorganisation event stands. Applied and undone events are kept for ever; drafts may be discarded. */
public enum ReorgStatus {
    /** Being prepared: its steps and account decisions may change. */
    DRAFT,
    /** Decided, for a moment still to come: it takes effect by itself then. */
    SCHEDULED,
    APPLIED,
    /** Applied, then undone by a compensating event (which is itself {@code APPLIED}). */
    UNDONE,
    DISCARDED,
    /** Scheduled, but the tree had changed so that it could not be applied when its moment came. */
    FAILED;

    public boolean editable() {
        return this == DRAFT;
    }
}
