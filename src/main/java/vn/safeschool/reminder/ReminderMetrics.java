package vn.safeschool.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts e-mails queued, sent and failed for good ({@code safeschool.reminders.queued|sent|failed}) when a meter
 * registry exists (with the actuator); without one, nothing.
 */
@Component
class ReminderMetrics {

    private final ObjectProvider<MeterRegistry> registry;

    ReminderMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    void queued(int count) {
        add("safeschool.reminders.queued", count);
    }

    void sent(int count) {
        add("safeschool.reminders.sent", count);
    }

    void failed(int count) {
        add("safeschool.reminders.failed", count);
    }

    private void add(String name, int count) {
        if (count > 0) {
            registry.ifAvailable(r -> r.counter(name).increment(count));
        }
    }
}
