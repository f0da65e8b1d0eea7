package vn.safeschool.declaration;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgUnitInfo;

/** Lets a school in again after its campaign's locked deadline: stored, audited, and announced to the school. */
@Component
class Reopener {

    private final DeclarationReopeningRepository reopenings;
    private final CampaignTerms terms;
    private final PersonNames names;
    private final Jurisdiction jurisdiction;
    private final Requester requester;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Reopener(DeclarationReopeningRepository reopenings, CampaignTerms terms, PersonNames names,
            Jurisdiction jurisdiction, Requester requester, Clock clock, ApplicationEventPublisher events) {
        this.reopenings = reopenings;
        this.terms = terms;
        this.names = names;
        this.jurisdiction = jurisdiction;
        this.requester = requester;
        this.clock = clock;
        this.events = events;
    }

    /** @param reason already checked: given, and not longer than its column */
    ReopeningInfo reopen(long unitId, long campaignId, Instant openUntil, String reason) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        CampaignInfo campaign = terms.campaign(campaignId);
        terms.requireMember(unit, campaign);
        CampaignTerms.refuseClosed(campaign);
        Instant now = clock.instant();
        if (!openUntil.isAfter(now)) {
            throw new RuleViolation("declaration.error.reopen-until-past");
        }
        Long by = requester.userId().orElse(null);
        reopenings.save(new DeclarationReopening(unit.id(), campaignId, openUntil, reason, by, now));
        events.publishEvent(AuditEvent.change(AuditAction.DECLARATION_REOPENED, unit.id(),
                "campaign:" + campaignId, Map.of(), Map.of("campaign", campaign.docNumber(),
                        "openUntil", CampaignTerms.when(openUntil), "reason", reason)));
        events.publishEvent(new DeclarationReopened(unit.id(), campaign, openUntil, reason));
        return new ReopeningInfo(openUntil, reason, names.of(by), now);
    }
}
