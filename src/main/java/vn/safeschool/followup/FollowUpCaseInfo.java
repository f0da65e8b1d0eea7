package vn.safeschool.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case as lists show it. {@code overdue}: still waiting for the unit's answer after the due date (judged on the
 * application's clock when the case was read); {@code returnedCount}: how often an answer was sent back.
 */
public record FollowUpCaseInfo(long id, long campaignId, String campaignNumber, long assigneeUnitId,
        String assigneeCode, String assigneeName, long openerUnitId, FollowUpType type, FollowUpStatus status,
        String reason, String requiredAction, Instant dueAt, Instant openedAt, @Nullable String openedByName,
        FrozenNumbers numbers, @Nullable Instant respondedAt, @Nullable Instant closedAt, int returnedCount,
        boolean overdue, long version) {
}
