package vn.safeschool.reminder;

/**
 * What the current user may do with reminders, by the rules {@link ReminderService#plan} and
 * {@link ReminderService#send} enforce, for the views to show.
 *
 * @param remind        may remind units at all (principals may not)
 * @param remindOffices may remind offices and direct units, and the lagging schools under them (the department);
 *                      false: schools only (a district admin)
 */
public record ReminderAbilities(boolean remind, boolean remindOffices) {
}
