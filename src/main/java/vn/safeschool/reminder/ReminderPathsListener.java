package vn.safeschool.reminder;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.org.UnitsRestructured;

/**
 * {@code reminder_unit.unit_path} is a copy of the reminded unit's path, kept so that the log filters a whole
 * country's reminders by jurisdiction with one index range. The jurisdiction is today's tree: when the tree changes,
 * the copies follow in the same transaction, so that a school moved out of a district leaves that district's log,
 * its past reminders included, and appears in its new office's.
 */
@Component
class ReminderPathsListener {

    private final JdbcClient jdbc;

    ReminderPathsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(UnitsRestructured restructured) {
        jdbc.sql("""
                UPDATE reminder_unit ru JOIN org_unit u ON u.id = ru.unit_id
                SET ru.unit_path = u.path WHERE ru.unit_path <> u.path""").update();
    }
}
