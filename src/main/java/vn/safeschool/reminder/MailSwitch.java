package vn.safeschool.reminder;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether this server sends e-mail: only with an SMTP host configured ({@code spring.mail.host}, which makes
 * Spring Boot create the mail sender) and {@code safeschool.reminders.mail.enabled} not false. The demo has no host:
 * its e-mail deliveries are recorded as {@link DeliveryStatus#MAIL_OFF}, and the send dialog says so.
 */
@Component
class MailSwitch {

    private final ObjectProvider<JavaMailSenderImpl> sender;
    private final ReminderProperties properties;

    MailSwitch(ObjectProvider<JavaMailSenderImpl> sender, ReminderProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean on() {
        return sender() != null;
    }

    /** Spring Boot's sender: the worker opens its own connection with its settings, to record each e-mail at once. */
    @Nullable
    JavaMailSenderImpl sender() {
        return properties.mail().enabled() ? sender.getIfAvailable() : null;
    }
}
