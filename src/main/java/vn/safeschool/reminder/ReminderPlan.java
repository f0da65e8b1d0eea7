package vn.safeschool.reminder;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a reminder request would do, before it is sent: how many units and recipients it reaches, which units are
 * held back by the throttle (and who reminded them last, when), which have nobody to receive it, and the message
 * as a few of the recipients will read it.
 *
 * @param units             units that will be reminded: someone can receive it at each
 * @param recipients        people and addresses that receive it (an account with an e-mail address counts once;
 *                          with e-mail off, only accounts)
 * @param inbox             inbox deliveries (accounts)
 * @param emails            e-mail deliveries (accounts' addresses and units' contact addresses), recorded as not
 *                          sent while e-mail is off
 * @param withoutRecipients units not reminded because nobody can receive it there (no account; no contact address,
 *                          or e-mail off)
 * @param notConcerned      schools not reminded because the template does not speak to them (asked to declare
 *                          though their declaration stands; asked to fix though nothing failed)
 * @param mailEnabled       false: this server has e-mail switched off, the e-mails are recorded as not sent
 * @param refusal           why the reminder cannot be sent (then {@code units} is 0), or null
 */
public record ReminderPlan(int units, int recipients, int inbox, int emails, List<Throttled> throttled,
        List<String> withoutRecipients, List<String> notConcerned, List<Preview> previews, boolean mailEnabled,
        @Nullable Refusal refusal) {

    public ReminderPlan {
        throttled = List.copyOf(throttled);
        withoutRecipients = List.copyOf(withoutRecipients);
        notConcerned = List.copyOf(notConcerned);
        previews = List.copyOf(previews);
    }

    /** The refusal {@link ReminderService#send} would give: a translation key and the count it names. */
    public record Refusal(String key, int count) {
    }

    /** A unit reminded about the campaign within the throttle interval: by whom (null: the schedule) and when. */
    public record Throttled(long unitId, String unitName, @Nullable String by, Instant at) {
    }

    /** The message as one recipient will get it. */
    public record Preview(String recipient, Channel channel, String subject, String body) {
    }
}
