package vn.safeschool.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timers: the e-mail worker every {@code delivery.poll}, the schedule every {@code schedule.poll} under the
 * cluster lock. Each can be switched off per instance ({@code ...delivery.enabled}, {@code ...schedule.enabled}); the
 * tests' shared context switches the schedule off and calls the work directly after moving the clock.
 */
@Component
class ReminderPollers {

    private static final Logger log = LoggerFactory.getLogger(ReminderPollers.class);

    private final DeliveryWorker worker;
    private final ScheduledReminders schedule;
    private final ReminderProperties properties;

    ReminderPollers(DeliveryWorker worker, ScheduledReminders schedule, ReminderProperties properties) {
        this.worker = worker;
        this.schedule = schedule;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${safeschool.reminders.delivery.poll:10s}", initialDelayString = "5s")
    void deliver() {
        if (properties.delivery().enabled()) {
            try {
                worker.deliverDue();
            } catch (RuntimeException e) {
                log.warn("The e-mail worker failed; it tries again at the next poll", e);
            }
        }
    }

    @Scheduled(fixedDelayString = "${safeschool.reminders.schedule.poll:1m}", initialDelayString = "10s")
    @SchedulerLock(name = "reminder-schedule", lockAtMostFor = "PT10M")
    void schedule() {
        if (properties.schedule().enabled()) {
            try {
                schedule.runDue();
            } catch (RuntimeException e) {
                log.warn("Scheduled reminders failed; they are tried again at the next poll", e);
            }
        }
    }
}
