package vn.safeschool.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RoleGuard;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.base.Roles;

/** Campaigns a user sees are those whose scope concerns their jurisdiction (contains it, or lies inside it). */
@Service
@Validated
@Transactional(readOnly = true)
public class CampaignService {

    /** Who creates, changes, closes and archives campaigns: the department's staff (leadership reads them). */
    private static final String MANAGERS = Roles.IS_STAFF;

    private final CampaignRepository campaigns;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgTimeline timeline;
    private final RoleGuard guard;

    CampaignService(CampaignRepository campaigns, Jurisdiction jurisdiction, ApplicationEventPublisher events,
            Clock clock, OrgTimeline timeline, RoleGuard guard) {
        this.timeline = timeline;
        this.guard = guard;
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user may create, change, close and archive campaigns: the rule those are guarded by. */
    @PreAuthorize(Roles.IS_USER)
    public boolean mayManage() {
        return guard.passes(MANAGERS);
    }

    /**
     * The directive 307 itself printed a deadline of 25/2/2020 for a letter dated 22/02/2021: a deadline before
     * the issue date is refused, so such a slip cannot reach the schools.
     */
    @Transactional
    @PreAuthorize(MANAGERS)
    public CampaignInfo create(@Valid NewCampaign spec) {
        OrgUnitInfo scope = validate(spec.docNumber(), spec.issuedOn(), spec.deadline(), spec.scopeUnitId(), null);
        CampaignInfo created = campaigns.save(new Campaign(spec)).toInfo();
        events.publishEvent(AuditEvent.change(AuditAction.CAMPAIGN_CREATED, scope.id(), "campaign:" + created.id(),
                java.util.Map.of(), describe(created)));
        return created;
    }

    /** The same checks as {@link #create}; a campaign changed by someone else since it was read is refused. */
    @Transactional
    @PreAuthorize(MANAGERS)
    public CampaignInfo update(long id, @Valid CampaignChanges changes) {
        Campaign campaign = requireWritable(id);
        if (campaign.version() != changes.version()) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        if (campaign.status() == CampaignStatus.ARCHIVED) {
            throw new RuleViolation("campaign.error.archived");
        }
        OrgUnitInfo scope = validate(changes.docNumber(), changes.issuedOn(), changes.deadline(),
                changes.scopeUnitId(), id);
        CampaignInfo before = campaign.toInfo();
        campaign.apply(changes);
        CampaignInfo after = campaigns.saveAndFlush(campaign).toInfo();
        events.publishEvent(AuditEvent.change(AuditAction.CAMPAIGN_UPDATED, scope.id(), "campaign:" + id,
                describe(before), describe(after)));
        return after;
    }

    /** An open campaign stops taking declarations. */
    @Transactional
    @PreAuthorize(MANAGERS)
    public CampaignInfo close(long id) {
        return moveTo(id, CampaignStatus.CLOSED, AuditAction.CAMPAIGN_CLOSED, CampaignStatus.OPEN);
    }

    /** An open or closed campaign leaves the everyday lists; its declarations stay. */
    @Transactional
    @PreAuthorize(MANAGERS)
    public CampaignInfo archive(long id) {
        return moveTo(id, CampaignStatus.ARCHIVED, AuditAction.CAMPAIGN_ARCHIVED, CampaignStatus.OPEN,
                CampaignStatus.CLOSED);
    }

    private CampaignInfo moveTo(long id, CampaignStatus next, AuditAction action, CampaignStatus... from) {
        Campaign campaign = requireWritable(id);
        CampaignStatus current = campaign.status();
        if (!java.util.Arrays.asList(from).contains(current)) {
            throw new RuleViolation("campaign.error.status-" + next.name().toLowerCase(java.util.Locale.ROOT));
        }
        campaign.moveTo(next, clock.instant());
        CampaignInfo after = campaigns.saveAndFlush(campaign).toInfo();
        events.publishEvent(AuditEvent.change(action, after.scopeUnitId(), "campaign:" + id,
                java.util.Map.of("status", current.name()), java.util.Map.of("status", next.name())));
        return after;
    }

    /** The campaign, if its scope lies inside the user's jurisdiction; otherwise as if it did not exist. */
    private Campaign requireWritable(long id) {
        return campaigns.findWithScopePath(id).filter(c -> jurisdiction.covers(c.scopePath()))
                .map(CampaignRepository.WithScope::campaign).orElseThrow(NotFound::new);
    }

    /**
     * The directive 307 itself printed a deadline of 25/2/2020 for a letter dated 22/02/2021: a deadline before
     * the issue date is refused, so such a slip cannot reach the schools.
     */
    private OrgUnitInfo validate(String docNumber, LocalDate issuedOn, LocalDateTime deadline, long scopeUnitId,
            @Nullable Long self) {
        if (deadline.toLocalDate().isBefore(issuedOn)) {
            // the part to check: "kiểm tra lại năm" for a deadline a day early sent people looking at the wrong digits
            String part = deadline.getYear() != issuedOn.getYear() ? "year"
                    : deadline.getMonthValue() != issuedOn.getMonthValue() ? "month" : "day";
            throw new RuleViolation("campaign.error.deadline-before-issue", deadline.toLocalDate(), issuedOn,
                    new RuleViolation.Label("date.part." + part));
        }
        OrgUnitInfo scope = jurisdiction.find(scopeUnitId)
                .orElseThrow(() -> new RuleViolation("campaign.error.scope-outside"));
        boolean taken = campaigns.findByDocNumber(docNumber.strip())
                .filter(other -> self == null || other.toInfo().id() != self).isPresent();
        if (taken) {
            throw new RuleViolation("campaign.error.duplicate-number", docNumber);
        }
        return scope;
    }

    private static java.util.Map<String, String> describe(CampaignInfo c) {
        return java.util.Map.of("docNumber", c.docNumber(), "title", c.title(), "issuedOn", c.issuedOn().toString(),
                "deadline", c.deadlineInVietnam().toLocalDateTime().toString(), "scopeUnitId",
                String.valueOf(c.scopeUnitId()), "checklistVersionId", String.valueOf(c.checklistVersionId()),
                "freshnessDays", String.valueOf(c.freshnessDays()), "lockAfterDeadline",
                String.valueOf(c.lockAfterDeadline()));
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

    /**
     * The campaign a page opens on: the one the user chose ({@code wanted}, from the address or their session) if
     * they see it, otherwise {@link #preferred the default}.
     */
    @PreAuthorize(Roles.IS_USER)
    public Optional<CampaignInfo> choose(@Nullable Long wanted) {
        List<CampaignInfo> visible = list();
        return visible.stream().filter(c -> wanted != null && c.id() == wanted).findFirst()
                .or(() -> preferred(visible));
    }

    /**
     * The default: the newest open campaign that concerns the user; only when none is open, the newest closed one;
     * never an archived one — it has left the everyday lists, and a page opening on it showed finished figures as
     * if they were current (issue 15).
     */
    static Optional<CampaignInfo> preferred(List<CampaignInfo> newestFirst) {
        return newestFirst.stream().filter(c -> c.status() == CampaignStatus.OPEN).findFirst()
                .or(() -> newestFirst.stream().filter(c -> c.status() == CampaignStatus.CLOSED).findFirst());
    }

    /** The scope's path is at hand: the common case costs no query, the timeline answers for dissolved scopes. */
    private boolean concernsUser(CampaignRepository.WithScope campaign) {
        CampaignInfo info = campaign.info();
        return jurisdiction.overlaps(campaign.scopePath()) || timeline.concerns(info.scopeUnitId(), info.closedAt());
    }
}
