package vn.safeschool.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.checklist.SafetyStatus;

/**
 * A failed criterion of a school to fix by {@code dueAt}; {@code overdue}: still open after it; {@code closedAsSafe}:
 * closed by a Safe declaration that still did not meet the criterion (otherwise a closing declaration met it).
 */
public record CorrectiveItemInfo(long id, long unitId, String unitCode, String unitName, long campaignId,
        String campaignNumber, CriterionInfo criterion, CorrectiveStatus status, SafetyStatus declarationStatus,
        Instant openedAt, Instant dueAt, @Nullable String fixedNote, @Nullable String fixedByName,
        @Nullable Instant fixedAt, @Nullable Instant closedAt, boolean overdue, long version,
        boolean closedAsSafe) {
}
