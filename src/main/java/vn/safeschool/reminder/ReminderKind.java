package vn.safeschool.reminder;

/** Who or what started a reminder. Each has a translation key {@code reminder.kind.<NAME>}. */
public enum ReminderKind {
    /** a person, from the oversight grid */
    MANUAL,
    /** the schedule, before a campaign's deadline */
    SCHEDULED,
    /** the digests after a campaign's deadline */
    ESCALATION,
    /** another feature notifying a unit (follow-up cases) */
    NOTICE
}
