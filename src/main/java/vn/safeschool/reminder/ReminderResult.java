package vn.safeschool.reminder;

/** What a send did: the reminder's id, the units and recipients it reached, the units the throttle held back. */
public record ReminderResult(long reminderId, int units, int recipients, int throttled) {
}
