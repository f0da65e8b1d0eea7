package vn.safeschool.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RoleGuard;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;

/**
 * Corrective items: the criteria a school's At risk or Unsafe declaration failed, each due some hours after the
 * declaration (48 unless the campaign says otherwise). They are opened and closed by the declarations themselves
 * ({@link CorrectiveItemsListener}); here the school marks one fixed, and everyone reads them inside their
 * jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class CorrectiveService {

    static final int MAX_HOURS = 720;

    private final CorrectiveItemRepository items;
    private final CorrectiveSettingRepository settings;
    private final CorrectiveDeadlines deadlines;
    private final CorrectiveQueries queries;
    private final CampaignService campaigns;
    private final Jurisdiction jurisdiction;
    private final Requester requester;
    private final RoleGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectiveService(CorrectiveItemRepository items, CorrectiveSettingRepository settings,
            CorrectiveDeadlines deadlines, CorrectiveQueries queries, CampaignService campaigns,
            Jurisdiction jurisdiction, Requester requester, RoleGuard guard, ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.settings = settings;
        this.deadlines = deadlines;
        this.queries = queries;
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.requester = requester;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** The school's items in every campaign; {@link NotFound} outside the jurisdiction. */
    @PreAuthorize(Roles.IS_USER)
    public List<CorrectiveItemInfo> items(long unitId) {
        jurisdiction.require(unitId);
        return queries.ofUnit(unitId, clock.instant());
    }

    /**
     * Whether {@link #markFixed} takes the unit's items, by its guard and its rule: the school itself (its
     * principal), inside the jurisdiction. False for a unit outside it.
     */
    @PreAuthorize(Roles.IS_USER)
    public boolean mayMarkFixed(long unitId) {
        return guard.passes(Roles.IS_SCHOOL) && jurisdiction.find(unitId).isPresent();
    }

    /** Whether the user's role sets the corrective hours, by {@link #setCorrectiveHours}'s guard. */
    @PreAuthorize(Roles.IS_USER)
    public boolean maySetCorrectiveHours() {
        return guard.passes(Roles.IS_STAFF);
    }

    /** The school itself says it fixed the criterion, and how (the note is required). */
    @Transactional
    @PreAuthorize(Roles.IS_SCHOOL)
    public CorrectiveItemInfo markFixed(long itemId, long loadedVersion, String note) {
        CorrectiveItem item = items.findById(itemId).orElseThrow(NotFound::new);
        jurisdiction.require(item.unitId());
        if (item.version() != loadedVersion) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("corrective.error.note-required");
        }
        if (note.strip().length() > 1000) {
            throw new RuleViolation("corrective.error.note-too-long", 1000);
        }
        Instant now = clock.instant();
        item.markFixed(note.strip(), now, requester.userId().orElse(null));
        try {
            items.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        events.publishEvent(AuditEvent.change(AuditAction.CORRECTIVE_ITEM_FIXED, item.unitId(),
                "corrective:" + itemId, Map.of("status", CorrectiveStatus.OPEN.name()),
                Map.of("status", CorrectiveStatus.FIXED.name(), "note", note.strip())));
        return queries.ofUnit(item.unitId(), now).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    /** Open items past their due date in the user's jurisdiction, the longest overdue first. */
    @PreAuthorize(Roles.IS_USER)
    public List<CorrectiveItemInfo> overdue(long campaignId, int limit) {
        campaignOf(campaignId);
        return queries.overdue(campaignId, jurisdiction.pathPattern(), clock.instant(),
                Math.max(1, Math.min(limit, 1000)));
    }

    @PreAuthorize(Roles.IS_USER)
    public CorrectiveSummary summary(long campaignId) {
        campaignOf(campaignId);
        return queries.summary(campaignId, jurisdiction.pathPattern(), clock.instant());
    }

    /** How many hours the campaign's schools have to fix a failed criterion. */
    @PreAuthorize(Roles.IS_USER)
    public int correctiveHours(long campaignId) {
        return deadlines.hours(campaignOf(campaignId).id());
    }

    /** Sets the campaign's corrective hours for the items opened from now on (open items keep their due date). */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public int setCorrectiveHours(long campaignId, int hours) {
        CampaignInfo campaign = campaignOf(campaignId);
        if (jurisdiction.find(campaign.scopeUnitId()).isEmpty()) {
            throw new NotFound();
        }
        if (hours < 1 || hours > MAX_HOURS) {
            throw new RuleViolation("corrective.error.hours", 1, MAX_HOURS);
        }
        int before = deadlines.hours(campaignId);
        CorrectiveSetting setting = settings.findById(campaignId).orElseGet(() -> new CorrectiveSetting(campaignId,
                hours));
        setting.change(hours);
        settings.saveAndFlush(setting);
        events.publishEvent(AuditEvent.change(AuditAction.CORRECTIVE_DEADLINE_SET, campaign.scopeUnitId(),
                "campaign:" + campaignId, Map.of("correctiveHours", String.valueOf(before)),
                Map.of("correctiveHours", String.valueOf(hours))));
        return hours;
    }

    private CampaignInfo campaignOf(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(NotFound::new);
    }
}
