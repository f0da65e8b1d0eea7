package vn.safeschool.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A unit's reminders about one campaign: how often, the last one (by whom; null sender: the schedule), and — for a
 * school — whether it declared within 24 hours after one of them.
 */
public record UnitReminders(long campaignId, String campaignNumber, int times, Instant lastAt,
        @Nullable String lastBy, boolean declaredWithinDay) {
}
