package vn.safeschool.followup;

import java.time.Instant;

/**
 * A case was opened for a unit: published in the opening transaction, for the reminder channels to tell the
 * assignee (its district admins, or its principal).
 */
public record FollowUpOpened(long caseId, long assigneeUnitId, long openerUnitId, long campaignId,
        FollowUpType type, Instant dueAt) {
}
