package vn.safeschool.followup;

/** The unit's answer was accepted: the case is closed. */
public record FollowUpAccepted(long caseId, long assigneeUnitId, long openerUnitId, long campaignId) {
}
