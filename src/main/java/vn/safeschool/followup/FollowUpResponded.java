package vn.safeschool.followup;

/** The unit answered its case: published in that transaction, for the opener unit to be told a decision waits. */
public record FollowUpResponded(long caseId, long assigneeUnitId, long openerUnitId, long campaignId) {
}
