package vn.safeschool.followup;

/**
 * Where a case stands: the unit has to answer (OPEN, also after its answer was returned), the unit above has to
 * decide (RESPONDED), or the answer was accepted and the case is closed (ACCEPTED).
 */
public enum FollowUpStatus {
    OPEN,
    RESPONDED,
    ACCEPTED
}
