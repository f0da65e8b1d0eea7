package vn.safeschool.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.security.SystemTask;

/** Nothing can change or remove an audit row, not even plain SQL through the application's own connection. */
@SafeSchoolTest
class AuditLogAppendOnlyTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SystemTask system;

    @Test
    void an_audit_row_can_be_neither_updated_nor_deleted() {
        system.run(() -> transaction.executeWithoutResult(status -> events.publishEvent(
                AuditEvent.change(AuditAction.UNIT_UPDATED, null, "test:append-only", Map.of("a", "1"),
                        Map.of("a", "2")))));
        long id = jdbc.sql("SELECT MAX(id) FROM audit_event WHERE target = 'test:append-only'").query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'mallory' WHERE id = ?").param(id)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor_name FROM audit_event WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(SystemTask.NAME);
    }

    @Test
    void the_event_is_stored_in_the_transaction_of_the_change_and_rolls_back_with_it() {
        long before = countOf("test:rolled-back");

        system.run(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditEvent.of(AuditAction.UNIT_UPDATED, null, "test:rolled-back"));
            status.setRollbackOnly();
        }));

        assertThat(countOf("test:rolled-back")).isEqualTo(before);
    }

    private long countOf(String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target = ?").param(target).query(Long.class).single();
    }
}
