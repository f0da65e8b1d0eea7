package vn.safeschool.followup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * Keeps a school's corrective items in step with its declarations. Every recorded declaration closes the items
 * whose criterion it meets; an At risk or Unsafe one opens an item for each failed criterion that has no open item
 * yet, due the campaign's corrective hours after the declaration.
 *
 * <p>It listens synchronously, inside the declaration's own transaction: the items commit or roll back with the
 * declaration that caused them, a school never sees a declaration without its items, and the demo province's
 * imported declarations get their items through this very path. (An after-commit listener would need a transaction
 * of its own and could leave a declaration without items if it failed.) It runs for every declaration, hence plain
 * SQL — one update, and for a failing declaration one select and one batched insert — rather than entities, whose
 * queries would first dirty-check a large import's whole persistence context.
 */
@Component
class CorrectiveItemsListener {

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
        Timestamp at = Timestamp.from(declaration.submittedAt());
        JdbcClient.StatementSpec close = jdbc.sql("""
                UPDATE corrective_item SET status = 'CLOSED', closed_at = :at, version = version + 1
                WHERE unit_id = :unit AND campaign_id = :campaign AND status IN ('OPEN', 'FIXED')"""
                + (failed.isEmpty() ? "" : " AND criterion_id NOT IN (:failed)"))
                .param("at", at).param("unit", declaration.unitId()).param("campaign", declaration.campaignId());
        (failed.isEmpty() ? close : close.param("failed", List.copyOf(failed))).update();
        if (declaration.status() == SafetyStatus.SAFE || failed.isEmpty()) {
            return;
        }
        Set<Long> stillOpen = new HashSet<>(jdbc.sql("""
                SELECT criterion_id FROM corrective_item
                WHERE unit_id = :unit AND campaign_id = :campaign AND status = 'OPEN'""")
                .param("unit", declaration.unitId()).param("campaign", declaration.campaignId())
                .query(Long.class).list());
        List<CriterionInfo> fresh = declaration.failedCriteria().stream().filter(c -> !stillOpen.contains(c.id()))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
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
}
