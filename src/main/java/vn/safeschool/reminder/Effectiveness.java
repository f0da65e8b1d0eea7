package vn.safeschool.reminder;

/**
 * Whether reminders about a campaign worked, over the schools of the viewer's jurisdiction: how many were reminded,
 * how many declared after their first reminder, and how many within 24 hours of one.
 */
public record Effectiveness(long reminded, long declaredAfter, long declaredWithinDay) {
}
