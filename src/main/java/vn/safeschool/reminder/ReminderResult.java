package vn.safeschool.reminder;

/**
 * What a send did: the reminder's id, the units reminded and the people and addresses that receive it, the units the
 * throttle held back, the units nobody could receive it at ({@code unreached}: not reminded) and the schools the
 * template does not speak to ({@code notConcerned}: not reminded).
 */
public record ReminderResult(long reminderId, int units, int recipients, int throttled, int unreached,
        int notConcerned) {
}
