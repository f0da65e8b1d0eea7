package vn.safeschool.reorganisation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.security.SystemTask;

/**
 * Scheduled reorganisations take effect by themselves once their moment has come: under the cluster lock, so once
 * on any number of instances (and the event's version refuses a second apply even without it). An event the tree no
 * longer allows is marked failed with the reason, for staff to see; any other failure is tried again at the next
 * poll. Switched off per instance with {@code safeschool.reorganisation.schedule.enabled=false} (the tests call
 * {@link #runDue} after moving the clock).
 */
@Component
class ReorgPoller {

    private static final Logger log = LoggerFactory.getLogger(ReorgPoller.class);

    private final ReorganisationService reorganisations;
    private final SystemTask system;
    private final boolean enabled;

    ReorgPoller(ReorganisationService reorganisations, SystemTask system,
            @Value("${safeschool.reorganisation.schedule.enabled:true}") boolean enabled) {
        this.reorganisations = reorganisations;
        this.system = system;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${safeschool.reorganisation.schedule.poll:1m}", initialDelayString = "15s")
    @SchedulerLock(name = "reorganisation-schedule", lockAtMostFor = "PT30M")
    void poll() {
        if (enabled) {
            try {
                runDue();
            } catch (RuntimeException e) {
                log.warn("Scheduled reorganisations failed; they are tried again at the next poll", e);
            }
        }
    }

    /** @return how many events took effect */
    int runDue() {
        return system.call(() -> {
            int applied = 0;
            for (long id : reorganisations.due()) {
                try {
                    if (reorganisations.applyScheduled(id)) {
                        applied++;
                        log.info("Scheduled reorganisation {} took effect", id);
                    }
                } catch (RuleViolation e) {
                    log.warn("Scheduled reorganisation {} could not be applied: {}", id, e.messageKey());
                    reorganisations.markFailed(id, e.messageKey());
                }
            }
            return applied;
        });
    }
}
