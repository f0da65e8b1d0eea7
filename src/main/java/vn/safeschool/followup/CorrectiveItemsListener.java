package vn.safeschool.followup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.DeclarationSubmitted;

/**
 * Keeps a school's corrective items in step with its latest declaration. Every recorded declaration closes the
 * items whose criterion it meets; a Safe one closes the rest too (the school passes the rule, so nothing is left to
 * fix or overdue), recording why; an At risk or Unsafe one opens an item for each failed criterion that has no open
 * item yet, due the campaign's corrective hours after the declaration.
 *
 * <p>It listens synchronously, inside the declaration's own transaction: the items commit or roll back with the
 * declaration that caused them, a school never sees a declaration without its items, and the demo province's
 * imported declarations get their items through this very path. (An after-commit listener would need a transaction
 * of its own and could leave a declaration without items if it failed.) It runs for every declaration, hence plain
 * SQL — one select, an update when something is met, a batched insert when something failed — rather than entities, whose
 * queries would first dirty-check a large import's whole persistence context.
 */
@Component
class CorrectiveItemsListener {

    private record Item(long id, long criterionId, String status) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CorrectiveDeadlines deadlines;
    private final ApplicationEventPublisher events;

    CorrectiveItemsListener(JdbcTemplate batch, CorrectiveDeadlines deadlines, ApplicationEventPublisher events) {
        this.jdbc = JdbcClient.create(batch);
        this.batch = batch;
        this.deadlines = deadlines;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(DeclarationSubmitted declaration) {
        Set<Long> failed = declaration.failedCriterionIds();
        // plain reads, then changes by primary key: a locking range scan (an UPDATE ... WHERE unit_id = ...) takes
        // gap locks under REPEATABLE READ, and two schools' submissions whose gap is the same deadlock on their
        // inserts (found by the deadline rush). The school's declaration row lock orders its own saves, and refuses one
        // made on a stale version, so what this transaction reads of the school's items is current.
        List<Item> unfinished = jdbc.sql("""
                SELECT id, criterion_id, status FROM corrective_item
                WHERE unit_id = :unit AND campaign_id = :campaign AND status IN ('OPEN', 'FIXED')""")
                .param("unit", declaration.unitId()).param("campaign", declaration.campaignId())
                .query((rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        List<Long> met = unfinished.stream().filter(item -> !failed.contains(item.criterionId())).map(Item::id)
                .toList();
        close(met, "MET", declaration);
        if (declaration.status() == SafetyStatus.SAFE) {
            // the school passes the rule: what it still fails is no longer to be fixed, nor overdue
            close(unfinished.stream().filter(item -> failed.contains(item.criterionId())).map(Item::id).toList(),
                    "SAFE", declaration);
            return;
        }
        if (failed.isEmpty()) {
            return;
        }
        Set<Long> stillOpen = unfinished.stream().filter(item -> "OPEN".equals(item.status()))
                .map(Item::criterionId).collect(Collectors.toSet());
        List<CriterionInfo> fresh = declaration.failedCriteria().stream().filter(c -> !stillOpen.contains(c.id()))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(declaration.submittedAt());
        Instant due = declaration.submittedAt().plus(Duration.ofHours(deadlines.hours(declaration.campaignId())));
        batch.batchUpdate("""
                INSERT INTO corrective_item (unit_id, campaign_id, criterion_id, status, declaration_status, opened_at,
                                             due_at, version)
                VALUES (?, ?, ?, 'OPEN', ?, ?, ?, 0)""", fresh, fresh.size(), (ps, criterion) -> {
                    ps.setLong(1, declaration.unitId());
                    ps.setLong(2, declaration.campaignId());
                    ps.setLong(3, criterion.id());
                    ps.setString(4, declaration.status().name());
                    ps.setTimestamp(5, at);
                    ps.setTimestamp(6, Timestamp.from(due));
                });
        events.publishEvent(new CorrectiveItemsOpened(declaration.unitId(), declaration.campaignId(),
                fresh.stream().map(CriterionInfo::number).sorted().toList(), due));
    }

    private void close(List<Long> ids, String reason, DeclarationSubmitted declaration) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE corrective_item SET status = 'CLOSED', closed_at = :at, closed_reason = :reason,
                                           version = version + 1
                WHERE id IN (:ids) AND status IN ('OPEN', 'FIXED')""")
                .param("at", Timestamp.from(declaration.submittedAt())).param("reason", reason).param("ids", ids)
                .update();
    }
}
