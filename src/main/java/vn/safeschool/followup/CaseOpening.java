package vn.safeschool.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/**
 * Opening cases ({@link FollowUpService#candidates}, {@link FollowUpService#open}): whom a bulk opening concerns,
 * and one case per unit with the unit's numbers frozen as they are now. Runs inside the service's guard and
 * transaction.
 */
@Component
class CaseOpening {

    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());
    private static final Set<FollowUpStatus> UNFINISHED = EnumSet.of(FollowUpStatus.OPEN, FollowUpStatus.RESPONDED);

    private final FollowUpCaseRepository cases;
    private final FollowUpHistoryRepository history;
    private final CaseQueries queries;
    private final CaseSides sides;
    private final RollupService rollups;
    private final OrgService org;
    private final OrgTimeline timeline;
    private final Jurisdiction jurisdiction;
    private final Requester requester;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseOpening(FollowUpCaseRepository cases, FollowUpHistoryRepository history, CaseQueries queries,
            CaseSides sides, RollupService rollups, OrgService org, OrgTimeline timeline, Jurisdiction jurisdiction,
            Requester requester, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.history = history;
        this.queries = queries;
        this.sides = sides;
        this.rollups = rollups;
        this.org = org;
        this.timeline = timeline;
        this.jurisdiction = jurisdiction;
        this.requester = requester;
        this.events = events;
        this.clock = clock;
    }

    List<UnitRollup> candidates(CampaignInfo campaign, BulkCriterion criterion, int thresholdPercent) {
        Instant now = clock.instant();
        return rollups.children(RollupFilter.now(campaign.id()), org.home().id(), BY_CODE).stream()
                .filter(r -> r.institutions() > 0)
                .filter(r -> criterion.matches(r, thresholdPercent, campaign, now)).toList();
    }

    /** Whether {@link #open} takes the unit: it lies right below the unit the user acts for. */
    boolean opensFor(OrgUnitInfo unit) {
        return unit.parentId() != null && sides.actsFor(unit.parentId());
    }

    OpenResult open(CampaignInfo campaign, NewFollowUp spec, List<Long> unitIds) {
        Instant now = clock.instant();
        if (!spec.dueAt().isAfter(now)) {
            throw new RuleViolation("followup.error.due-in-past");
        }
        if (unitIds.isEmpty()) {
            throw new RuleViolation("followup.error.no-units");
        }
        List<FollowUpCaseInfo> opened = new ArrayList<>();
        List<OrgUnitInfo> skipped = new ArrayList<>();
        for (long unitId : new LinkedHashSet<>(unitIds)) {
            OrgUnitInfo unit = jurisdiction.require(unitId);
            if (!opensFor(unit)) {
                throw new RuleViolation("followup.error.not-below", unit.name());
            }
            if (!timeline.isMember(unit.id(), campaign.scopeUnitId(), campaign.closedAt())) {
                throw new RuleViolation("followup.error.outside-campaign", unit.name(), campaign.docNumber());
            }
            if (cases.existsUnfinished(unit.id(), campaign.id(), spec.type(), UNFINISHED)) {
                skipped.add(unit);
            } else {
                opened.add(openOne(campaign, spec, unit, now));
            }
        }
        return new OpenResult(opened, skipped);
    }

    private FollowUpCaseInfo openOne(CampaignInfo campaign, NewFollowUp spec, OrgUnitInfo unit, Instant now) {
        long parent = Objects.requireNonNull(unit.parentId());
        Long by = requester.userId().orElse(null);
        FrozenNumbers numbers = FrozenNumbers.of(rollups.of(RollupFilter.now(campaign.id()), unit.id()));
        FollowUpCase created = cases.saveAndFlush(new FollowUpCase(unit.id(), parent, spec, numbers, now, by));
        history.save(new FollowUpHistory(created.id(), CaseAction.OPENED, now, by, spec.reason().strip(), null));
        Map<String, String> values = new LinkedHashMap<>(created.auditValues());
        values.put("campaign", campaign.docNumber());
        events.publishEvent(created.audited(AuditAction.FOLLOWUP_OPENED, Map.of(), values));
        events.publishEvent(new FollowUpOpened(created.id(), unit.id(), parent, campaign.id(), spec.type(),
                spec.dueAt()));
        return queries.one(created.id(), jurisdiction.pathPattern(), now).orElseThrow();
    }
}
