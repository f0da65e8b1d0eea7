package vn.safeschool.followup;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.org.RestructuringPlan.Dissolved;
import vn.safeschool.org.UnitsRestructured;

/**
 * Nothing is orphaned by a reorganisation: the unfinished cases a dissolved unit had to answer, or had opened and
 * must decide, pass to the unit that takes over its work (its successor, or the unit above), each with a
 * {@code HANDED_OVER} step in its history; its open corrective items pass too, remembering where they came from. In
 * the reorganisation's own transaction, so that it commits whole or not at all.
 */
@Component
class HandOverListener {

    private final JdbcClient jdbc;
    private final Requester requester;
    private final ApplicationEventPublisher events;

    HandOverListener(JdbcClient jdbc, Requester requester, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.requester = requester;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(UnitsRestructured restructured) {
        Timestamp at = Timestamp.from(restructured.effectiveAt());
        Long actor = requester.userId().orElse(null);
        int cases = 0;
        int items = 0;
        for (Dissolved unit : restructured.dissolved()) {
            Long taker = unit.takesOver().id();
            if (taker == null) {
                continue;
            }
            List<Long> handed = jdbc.sql("""
                    SELECT id FROM follow_up_case
                    WHERE (assignee_unit_id = :unit OR opener_unit_id = :unit) AND status <> 'ACCEPTED'""")
                    .param("unit", unit.unitId()).query(Long.class).list();
            for (long caseId : handed) {
                jdbc.sql("""
                        UPDATE follow_up_case
                        SET assignee_unit_id = CASE WHEN assignee_unit_id = :unit THEN :taker ELSE assignee_unit_id END,
                            opener_unit_id = CASE WHEN opener_unit_id = :unit THEN :taker ELSE opener_unit_id END,
                            version = version + 1
                        WHERE id = :id""").param("unit", unit.unitId()).param("taker", taker).param("id", caseId)
                        .update();
                jdbc.sql("""
                        INSERT INTO follow_up_history (case_id, action, at, actor_id, comment)
                        VALUES (:id, 'HANDED_OVER', :at, :actor, :comment)""").param("id", caseId).param("at", at)
                        .param("actor", actor).param("comment", unit.name() + " (" + unit.code() + ") → "
                                + unit.takesOver().name() + " (" + unit.takesOver().code() + ") — "
                                + restructured.title())
                        .update();
            }
            cases += handed.size();
            items += jdbc.sql("""
                    UPDATE corrective_item
                    SET unit_id = :taker, handed_from_unit_id = :unit, handed_at = :at, version = version + 1
                    WHERE unit_id = :unit AND status IN ('OPEN', 'FIXED')""")
                    .param("taker", taker).param("unit", unit.unitId()).param("at", at).update();
        }
        if (cases + items > 0) {
            Map<String, String> summary = new LinkedHashMap<>();
            summary.put("reorganisation", restructured.title());
            summary.put("cases", String.valueOf(cases));
            summary.put("correctiveItems", String.valueOf(items));
            events.publishEvent(AuditEvent.change(AuditAction.FOLLOWUP_HANDED_OVER, null,
                    "reorganisation:" + restructured.eventId(), Map.of(), summary));
        }
    }
}
