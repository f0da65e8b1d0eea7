package vn.safeschool.followup;

import java.time.Instant;

/** The unit's answer was sent back with a comment: the case is open again, due at {@code dueAt}. */
public record FollowUpReturned(long caseId, long assigneeUnitId, long openerUnitId, long campaignId,
        String comment, Instant dueAt) {
}
