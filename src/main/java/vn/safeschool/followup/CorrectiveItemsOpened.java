package vn.safeschool.followup;

import java.time.Instant;
import java.util.List;

/**
 * A school's declaration failed criteria that had no open corrective item: one item each, due at {@code dueAt}.
 * Published in the declaration's transaction, for the reminder channels to tell the school.
 */
public record CorrectiveItemsOpened(long unitId, long campaignId, List<Integer> criterionNumbers, Instant dueAt) {

    public CorrectiveItemsOpened {
        criterionNumbers = List.copyOf(criterionNumbers);
    }
}
