package vn.safeschool.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One reminder as the log shows it, counted over the units inside the viewer's jurisdiction.
 *
 * @param sender     who sent it; null for the schedule and escalation
 * @param units      the units it reached (inside the jurisdiction)
 * @param unitNames  the first of their names, for the list
 * @param seen       inbox deliveries the recipient opened
 * @param pending    e-mails queued or being sent
 */
public record ReminderLogEntry(long id, Instant at, ReminderKind kind, @Nullable String step,
        @Nullable String campaignNumber, @Nullable String sender, boolean forced, int units, String unitNames,
        int inbox, int seen, int emails, int sent, int pending, int failed, int mailOff) {
}
