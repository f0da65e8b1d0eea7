package vn.safeschool.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.base.Roles;

/** Campaigns a user sees are those whose scope concerns their jurisdiction (contains it, or lies inside it). */
@Service
@Validated
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;

    CampaignService(CampaignRepository campaigns, Jurisdiction jurisdiction, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.events = events;
    }

    /**
     * The directive 307 itself printed a deadline of 25/2/2020 for a letter dated 22/02/2021: a deadline before
     * the issue date is refused, so such a slip cannot reach the schools.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public CampaignInfo create(@Valid NewCampaign spec) {
        if (spec.deadline().toLocalDate().isBefore(spec.issuedOn())) {
            throw new RuleViolation("campaign.error.deadline-before-issue", spec.deadline().toLocalDate(),
                    spec.issuedOn());
        }
        OrgUnitInfo scope = jurisdiction.find(spec.scopeUnitId())
                .orElseThrow(() -> new RuleViolation("campaign.error.scope-outside"));
        if (campaigns.existsByDocNumber(spec.docNumber().strip())) {
            throw new RuleViolation("campaign.error.duplicate-number", spec.docNumber());
        }
        CampaignInfo created = campaigns.save(new Campaign(spec)).toInfo();
        events.publishEvent(AuditEvent.of(AuditAction.CAMPAIGN_CREATED, scope.id(), "campaign:" + created.id()));
        return created;
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<CampaignInfo> find(long id) {
        return campaigns.findWithScopePath(id).filter(this::concernsUser).map(CampaignRepository.WithScope::info);
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<CampaignInfo> findByDocNumber(String docNumber) {
        return campaigns.findByDocNumber(docNumber).flatMap(c -> find(c.toInfo().id()));
    }

    /** Newest first: the campaign a user most likely means is at the top. */
    @PreAuthorize(Roles.IS_USER)
    public List<CampaignInfo> list() {
        return campaigns.findAllWithScopePath().stream().filter(this::concernsUser)
                .map(CampaignRepository.WithScope::info).toList();
    }

    private boolean concernsUser(CampaignRepository.WithScope campaign) {
        return jurisdiction.overlaps(campaign.scopePath());
    }
}
