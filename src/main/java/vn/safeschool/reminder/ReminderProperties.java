package vn.safeschool.reminder;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder settings ({@code safeschool.reminders.*}, environment {@code SAFESCHOOL_REMINDERS_...}).
 *
 * @param throttle a unit is not reminded about the same campaign again within this interval unless forced
 * @param mail      e-mail: on only when enabled and {@code spring.mail.host} is set
 * @param delivery  the e-mail worker
 * @param schedule  the automatic reminders and the escalation digests
 */
@ConfigurationProperties("safeschool.reminders")
public record ReminderProperties(@DefaultValue("12h") Duration throttle, @DefaultValue Mail mail, @DefaultValue Delivery delivery, @DefaultValue Schedule schedule) {

    /**
     * @param enabled false switches e-mail off even with an SMTP host configured
     * @param from    the sender address of every e-mail
     */
    public record Mail(@DefaultValue("true") boolean enabled,
            @DefaultValue("SafeSchool <no-reply@safeschool.vn>") String from) {
    }

    /**
     * @param enabled     whether this instance runs the e-mail worker (every instance may: claims never overlap)
     * @param poll        how often the worker looks for due e-mails
     * @param batch       how many e-mails one claim takes (sent over one SMTP connection)
     * @param lease       how long a claim holds: an instance that dies mid-send leaves its claim to expire
     * @param maxAttempts attempts before a delivery is marked failed for good
     * @param backoff     the wait after the first failed attempt; it doubles after each further one
     * @param maxBackoff  the longest wait between two attempts
     */
    public record Delivery(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration poll,
            @DefaultValue("50") int batch, @DefaultValue("2m") Duration lease, @DefaultValue("8") int maxAttempts,
            @DefaultValue("30s") Duration backoff, @DefaultValue("1h") Duration maxBackoff) {
    }

    /**
     * @param enabled     whether this instance polls for due scheduled work (the cluster lock lets one at a time)
     * @param poll        how often
     * @param offsets     automatic reminders this long before each open campaign's deadline, to units that have
     *                    not declared
     * @param catchUp     a step is still taken this long after it became due (an instance that was down catches
     *                    up); older steps are let go, so a campaign long past its steps sends nothing on start-up
     * @param escalation  the digests after the deadline
     */
    public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration poll,
            @DefaultValue({"48h", "24h", "2h"}) List<Duration> offsets, @DefaultValue("6h") Duration catchUp,
            @DefaultValue Escalation escalation) {
    }

    /**
     * @param enabled   whether digests are sent at all
     * @param after     how long after the deadline they go out
     * @param threshold the department's digest lists offices below this completion, in percent
     */
    public record Escalation(@DefaultValue("true") boolean enabled, @DefaultValue("1h") Duration after,
            @DefaultValue("95") int threshold) {
    }
}
