package vn.safeschool.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
 * of its own and could leave a declaration without items if it failed.)
 */
@Component
class CorrectiveItemsListener {

    private static final Set<CorrectiveStatus> NOT_CLOSED = EnumSet.of(CorrectiveStatus.OPEN, CorrectiveStatus.FIXED);

    private final CorrectiveItemRepository items;
    private final CorrectiveDeadlines deadlines;
    private final CriterionNumbers criteria;
    private final ApplicationEventPublisher events;

    CorrectiveItemsListener(CorrectiveItemRepository items, CorrectiveDeadlines deadlines, CriterionNumbers criteria,
            ApplicationEventPublisher events) {
        this.items = items;
        this.deadlines = deadlines;
        this.criteria = criteria;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(DeclarationSubmitted declaration) {
        List<CorrectiveItem> current = items.findByUnitIdAndCampaignIdAndStatusIn(declaration.unitId(),
                declaration.campaignId(), NOT_CLOSED);
        boolean closed = false;
        for (CorrectiveItem item : current) {
            if (!declaration.failedCriterionIds().contains(item.criterionId())) {
                item.close(declaration.submittedAt());
                closed = true;
            }
        }
        if (closed) {
            // the lists read items by SQL, possibly in this same transaction: they must see the closings
            items.flush();
        }
        if (declaration.status() == SafetyStatus.SAFE) {
            return;
        }
        Set<Long> stillOpen = current.stream().filter(i -> i.status() == CorrectiveStatus.OPEN)
                .map(CorrectiveItem::criterionId).collect(Collectors.toSet());
        List<Long> fresh = declaration.failedCriterionIds().stream().filter(id -> !stillOpen.contains(id)).sorted()
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        Instant due = declaration.submittedAt().plus(Duration.ofHours(deadlines.hours(declaration.campaignId())));
        items.saveAll(fresh.stream().map(criterionId -> new CorrectiveItem(declaration.unitId(),
                declaration.campaignId(), criterionId, declaration.status(), declaration.submittedAt(), due))
                .toList());
        events.publishEvent(new CorrectiveItemsOpened(declaration.unitId(), declaration.campaignId(),
                criteria.numbers(declaration.campaignId(), fresh), due));
    }
}
