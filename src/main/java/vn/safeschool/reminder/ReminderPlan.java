package vn.safeschool.reminder;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a reminder request would do, before it is sent: how many units and recipients it reaches, which units are
 * held back by the throttle (and who reminded them last, when), which have nobody to receive it, and the message
 * as a few of the recipients will read it.
 *
 * @param units            units that will be reminded
 * @param recipients       people and addresses reached (an account with an e-mail address counts once)
 * @param inbox            inbox deliveries (accounts)
 * @param emails           e-mail deliveries (accounts' addresses and units' contact addresses)
 * @param mailEnabled      false: this server has e-mail switched off, the e-mails are recorded as not sent
 */
public record ReminderPlan(int units, int recipients, int inbox, int emails, List<Throttled> throttled,
        List<String> withoutRecipients, List<Preview> previews, boolean mailEnabled) {

    public ReminderPlan {
        throttled = List.copyOf(throttled);
        withoutRecipients = List.copyOf(withoutRecipients);
        previews = List.copyOf(previews);
    }

    /** A unit reminded about the campaign within the throttle interval: by whom (null: the schedule) and when. */
    public record Throttled(long unitId, String unitName, @Nullable String by, Instant at) {
    }

    /** The message as one recipient will get it. */
    public record Preview(String recipient, Channel channel, String subject, String body) {
    }
}
