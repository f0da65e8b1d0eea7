package vn.safeschool.declaration;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import vn.safeschool.base.Dates;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;

/**
 * What a campaign says about a school's declaration: the campaign and its checklist, whether the school is one of
 * its members, and whether it lets the school submit now (closed, locked deadline, reopening). Asked alike by the
 * writing and the reading side, so that the form shown and the refusal follow one rule.
 */
@Component
class CampaignTerms {

    private final CampaignService campaigns;
    private final ChecklistService checklists;
    private final OrgTimeline timeline;
    private final DeclarationReopeningRepository reopenings;
    private final Clock clock;
    private final Map<Long, ChecklistVersionInfo> checklistsInUse = new ConcurrentHashMap<>();

    CampaignTerms(CampaignService campaigns, ChecklistService checklists, OrgTimeline timeline,
            DeclarationReopeningRepository reopenings, Clock clock) {
        this.campaigns = campaigns;
        this.checklists = checklists;
        this.timeline = timeline;
        this.reopenings = reopenings;
        this.clock = clock;
    }

    /** The campaign, if the user sees it; otherwise {@link NotFound}. */
    CampaignInfo campaign(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(NotFound::new);
    }

    /**
     * A campaign's checklist version can no longer change (the checklist feature refuses to edit a version a campaign
     * uses), so it is read once per instance and kept: every save needs it, and it cannot go stale — not even on
     * another instance.
     */
    ChecklistVersionInfo checklist(CampaignInfo campaign) {
        return checklistsInUse.computeIfAbsent(campaign.checklistVersionId(),
                id -> checklists.find(id).orElseThrow());
    }

    /**
     * Refuses a unit that is not a school, or not one of the campaign's members — the hierarchy's to say: the schools
     * under its scope (at its closing, once closed).
     */
    void requireMember(OrgUnitInfo unit, CampaignInfo campaign) {
        if (!unit.isSchool()) {
            throw new RuleViolation("declaration.error.not-a-school", unit.id());
        }
        if (!timeline.isMember(unit.id(), campaign.scopeUnitId(), campaign.closedAt())) {
            throw new RuleViolation("declaration.error.outside-campaign", campaign.docNumber());
        }
    }

    /**
     * Whether the school may not submit now: the campaign is closed (for good: no reopening lets a school into a
     * closed campaign), or its locked deadline has passed and no reopening of the school runs.
     */
    boolean locked(CampaignInfo campaign, long unitId) {
        Instant now = clock.instant();
        return campaign.closedAt() != null || campaign.lockAfterDeadline() && now.isAfter(campaign.deadline())
                && reopening(unitId, campaign.id()).isEmpty();
    }

    /** Refuses what only an open campaign takes (a submission, a reopening): once closed, it stays closed. */
    static void refuseClosed(CampaignInfo campaign) {
        Instant closedAt = campaign.closedAt();
        if (closedAt != null) {
            throw new RuleViolation("declaration.error.closed", campaign.docNumber(), when(closedAt));
        }
    }

    /** The reopening of the school that runs now and lasts longest, if any. */
    Optional<DeclarationReopening> reopening(long unitId, long campaignId) {
        return reopenings.findFirstByUnitIdAndCampaignIdAndOpenUntilAfterOrderByOpenUntilDesc(unitId, campaignId,
                clock.instant());
    }

    /** A moment as the refusals and the audit log say it: in Vietnamese, whatever the user's language. */
    static String when(Instant instant) {
        return Dates.dateTime(instant, Translations.VIETNAMESE);
    }
}
