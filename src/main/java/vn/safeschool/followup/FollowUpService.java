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
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Viewer;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/**
 * Follow-up cases. Each level follows up the level directly below it: department users open cases for the district
 * offices and the units directly under the department, a district admin for the schools of the district; the
 * assignee unit answers (its district admins, or its principal), and the opener unit accepts the answer or returns
 * it. A case is visible to whoever's jurisdiction holds its assignee; anything else answers as not found.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FollowUpService {

    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());
    private static final Set<FollowUpStatus> UNFINISHED = EnumSet.of(FollowUpStatus.OPEN, FollowUpStatus.RESPONDED);
    private static final int MAX_COMMENT = 4000;

    private final FollowUpCaseRepository cases;
    private final FollowUpHistoryRepository history;
    private final FollowUpAttachmentRepository attachments;
    private final CaseQueries queries;
    private final AttachmentCheck attachmentCheck;
    private final RollupService rollups;
    private final CampaignService campaigns;
    private final OrgService org;
    private final Jurisdiction jurisdiction;
    private final Viewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgTimeline timeline;

    FollowUpService(FollowUpCaseRepository cases, FollowUpHistoryRepository history,
            FollowUpAttachmentRepository attachments, CaseQueries queries, AttachmentCheck attachmentCheck,
            RollupService rollups, CampaignService campaigns, OrgService org, Jurisdiction jurisdiction,
            Viewer viewer, ApplicationEventPublisher events, Clock clock, OrgTimeline timeline) {
        this.timeline = timeline;
        this.cases = cases;
        this.history = history;
        this.attachments = attachments;
        this.queries = queries;
        this.attachmentCheck = attachmentCheck;
        this.rollups = rollups;
        this.campaigns = campaigns;
        this.org = org;
        this.jurisdiction = jurisdiction;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The units one level below the user's own that meet the criterion in the campaign now, with their live
     * numbers, by code: whom a bulk opening would concern.
     */
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public List<UnitRollup> candidates(long campaignId, BulkCriterion criterion, int thresholdPercent) {
        CampaignInfo campaign = campaignOf(campaignId);
        Instant now = clock.instant();
        return rollups.children(RollupFilter.now(campaign.id()), org.home().id(), BY_CODE).stream()
                .filter(r -> r.institutions() > 0)
                .filter(r -> criterion.matches(r, thresholdPercent, campaign, now)).toList();
    }

    /**
     * Opens one case per unit, each with the unit's numbers frozen as they are now. The units must lie one level
     * below the user's own unit and in the campaign's scope; a unit that already has an unfinished case of the
     * type in the campaign is left out (and reported), so that opening twice does not double the work.
     */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public OpenResult open(@Valid NewFollowUp spec, List<Long> unitIds) {
        CampaignInfo campaign = campaignOf(spec.campaignId());
        Instant now = clock.instant();
        if (!spec.dueAt().isAfter(now)) {
            throw new RuleViolation("followup.error.due-in-past");
        }
        if (unitIds.isEmpty()) {
            throw new RuleViolation("followup.error.no-units");
        }
        Long by = viewer.userId().orElse(null);
        List<FollowUpCaseInfo> opened = new ArrayList<>();
        List<OrgUnitInfo> skipped = new ArrayList<>();
        for (long unitId : new LinkedHashSet<>(unitIds)) {
            OrgUnitInfo unit = jurisdiction.require(unitId);
            Long parent = unit.parentId();
            if (parent == null || !viewer.isSystem() && !isHome(parent)) {
                throw new RuleViolation("followup.error.not-below", unit.name());
            }
            if (!timeline.isMember(unit.id(), campaign.scopeUnitId(), campaign.closedAt())) {
                throw new RuleViolation("followup.error.outside-campaign", unit.name(), campaign.docNumber());
            }
            if (cases.existsUnfinished(unit.id(), campaign.id(), spec.type(), UNFINISHED)) {
                skipped.add(unit);
                continue;
            }
            FrozenNumbers numbers = FrozenNumbers.of(rollups.of(RollupFilter.now(campaign.id()), unit.id()));
            FollowUpCase created = cases.saveAndFlush(new FollowUpCase(unit.id(), parent, spec, numbers, now, by));
            history.save(new FollowUpHistory(created.id(), CaseAction.OPENED, now, by, spec.reason().strip(),
                    null));
            audit(AuditAction.FOLLOWUP_OPENED, created, Map.of(), withCampaign(created, campaign));
            events.publishEvent(new FollowUpOpened(created.id(), unit.id(), parent, campaign.id(), spec.type(),
                    spec.dueAt()));
            opened.add(queries.one(created.id(), jurisdiction.pathPattern(), now).orElseThrow());
        }
        return new OpenResult(opened, skipped);
    }

    /**
     * The assignee unit's answer to an open case (its district admins for an office, its principal for a school):
     * the explanation, the review's conclusions and optionally a file, checked for size and type.
     */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_ASSIGNEE)
    public FollowUpCaseInfo respond(long caseId, long loadedVersion, @Valid FollowUpResponse response) {
        FollowUpCase found = requireCase(caseId, loadedVersion);
        if (!viewer.isSystem() && !isHome(found.assigneeUnitId())) {
            throw new RuleViolation("followup.error.not-assignee");
        }
        String explanation = required(response.explanation(), "followup.error.explanation-required");
        String conclusions = response.conclusions() == null ? "" : response.conclusions().strip();
        Instant now = clock.instant();
        Long by = viewer.userId().orElse(null);
        Long attachmentId = null;
        if (response.attachment() != null) {
            FollowUpResponse.Upload upload = response.attachment();
            String name = fileName(upload.fileName());
            String type = attachmentCheck.contentTypeOf(name, upload.content());
            attachmentId = attachments.save(new FollowUpAttachment(caseId, name, type, upload.content(), now, by))
                    .id();
        }
        Map<String, String> before = found.auditValues();
        found.respond(explanation, conclusions, attachmentId, now, by);
        FollowUpCase saved = flush(found);
        history.save(new FollowUpHistory(caseId, CaseAction.RESPONDED, now, by,
                conclusions.isEmpty() ? explanation : explanation + "\n\n" + conclusions, attachmentId));
        audit(AuditAction.FOLLOWUP_RESPONDED, saved, before, saved.auditValues());
        events.publishEvent(new FollowUpResponded(caseId, saved.assigneeUnitId(), saved.openerUnitId(),
                saved.campaignId()));
        return queries.one(caseId, jurisdiction.pathPattern(), now).orElseThrow();
    }

    /** The opener unit accepts the answer: the case is closed. */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public FollowUpCaseInfo accept(long caseId, long loadedVersion, @Nullable String comment) {
        FollowUpCase found = requireOpenerSide(caseId, loadedVersion);
        String note = comment == null || comment.isBlank() ? null : limited(comment.strip());
        Instant now = clock.instant();
        Long by = viewer.userId().orElse(null);
        Map<String, String> before = found.auditValues();
        found.accept(now, by);
        FollowUpCase saved = flush(found);
        history.save(new FollowUpHistory(caseId, CaseAction.ACCEPTED, now, by, note, null));
        audit(AuditAction.FOLLOWUP_ACCEPTED, saved, before, saved.auditValues());
        events.publishEvent(new FollowUpAccepted(caseId, saved.assigneeUnitId(), saved.openerUnitId(),
                saved.campaignId()));
        return queries.one(caseId, jurisdiction.pathPattern(), now).orElseThrow();
    }

    /**
     * The opener unit returns the answer with a comment saying what is missing: the case is open again, due at the
     * new date if one is given.
     */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public FollowUpCaseInfo sendBack(long caseId, long loadedVersion, String comment, @Nullable Instant newDueAt) {
        FollowUpCase found = requireOpenerSide(caseId, loadedVersion);
        String why = limited(required(comment, "followup.error.comment-required"));
        Instant now = clock.instant();
        if (newDueAt != null && !newDueAt.isAfter(now)) {
            throw new RuleViolation("followup.error.due-in-past");
        }
        Long by = viewer.userId().orElse(null);
        Map<String, String> before = found.auditValues();
        found.sendBack(newDueAt);
        FollowUpCase saved = flush(found);
        history.save(new FollowUpHistory(caseId, CaseAction.RETURNED, now, by, why, null).due(newDueAt));
        Map<String, String> after = new LinkedHashMap<>(saved.auditValues());
        after.put("comment", why);
        audit(AuditAction.FOLLOWUP_RETURNED, saved, before, after);
        events.publishEvent(new FollowUpReturned(caseId, saved.assigneeUnitId(), saved.openerUnitId(),
                saved.campaignId(), why, saved.dueAt()));
        return queries.one(caseId, jurisdiction.pathPattern(), now).orElseThrow();
    }

    /** The case with its answer, history and the transitions the user may make; empty outside the jurisdiction. */
    @PreAuthorize(Roles.IS_USER)
    public Optional<FollowUpDetails> find(long caseId) {
        Optional<FollowUpCaseInfo> found = queries.one(caseId, jurisdiction.pathPattern(), clock.instant());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FollowUpCaseInfo info = found.get();
        CaseQueries.Answer answer = queries.answer(caseId);
        Map<Long, AttachmentInfo> files = queries.attachments(caseId);
        List<FollowUpDetails.HistoryEntry> entries = queries.history(caseId).stream()
                .map(t -> new FollowUpDetails.HistoryEntry(t.action(), t.at(), t.actorName(), t.comment(),
                        t.attachmentId() == null ? null : files.get(t.attachmentId()), t.dueAt()))
                .toList();
        return Optional.of(new FollowUpDetails(info, answer.explanation(), answer.conclusions(),
                answer.attachmentId() == null ? null : files.get(answer.attachmentId()), entries, allowed(info)));
    }

    /** A page of the cases in the user's jurisdiction that pass the filter: overdue first, then by due date. */
    @PreAuthorize(Roles.IS_USER)
    public List<FollowUpCaseInfo> list(FollowUpFilter filter, int offset, int limit) {
        return queries.list(filter, jurisdiction.pathPattern(), under(filter), clock.instant(), Math.max(0, offset),
                Math.max(1, Math.min(limit, 1000)));
    }

    @PreAuthorize(Roles.IS_USER)
    public long count(FollowUpFilter filter) {
        return queries.count(filter, jurisdiction.pathPattern(), under(filter), clock.instant());
    }

    /**
     * The board: per unit one level below the user's own (the schools beside the offices folded into one
     * direct-units row), open, returned, responded, overdue and closed cases; offices always, other rows when they
     * have cases. {@code campaignId} null: all campaigns.
     */
    @PreAuthorize(Roles.IS_USER)
    public FollowUpBoard board(@Nullable Long campaignId) {
        if (campaignId != null) {
            campaignOf(campaignId);
        }
        OrgUnitInfo home = org.home();
        Map<String, FollowUpBoard.Row> counts = queries.board(campaignId, home.path(), jurisdiction.pathPattern(),
                clock.instant());
        return BoardRows.of(home, org.children(home.id()), counts);
    }

    /** A file attached to the case's answers; {@link NotFound} outside the jurisdiction or for another case's. */
    @PreAuthorize(Roles.IS_USER)
    public AttachmentFile attachment(long caseId, long attachmentId) {
        find(caseId).orElseThrow(NotFound::new);
        return attachments.findById(attachmentId).filter(a -> a.caseId() == caseId)
                .map(FollowUpAttachment::toFile).orElseThrow(NotFound::new);
    }

    private Set<CaseAction> allowed(FollowUpCaseInfo info) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        if (info.status() == FollowUpStatus.OPEN && isHome(info.assigneeUnitId())) {
            allowed.add(CaseAction.RESPONDED);
        }
        if (info.status() == FollowUpStatus.RESPONDED && isHome(info.openerUnitId())) {
            allowed.add(CaseAction.ACCEPTED);
            allowed.add(CaseAction.RETURNED);
        }
        return allowed;
    }

    private FollowUpCase requireCase(long caseId, long loadedVersion) {
        FollowUpCase found = cases.findById(caseId).orElseThrow(NotFound::new);
        jurisdiction.require(found.assigneeUnitId());
        if (found.version() != loadedVersion) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        return found;
    }

    private FollowUpCase requireOpenerSide(long caseId, long loadedVersion) {
        FollowUpCase found = requireCase(caseId, loadedVersion);
        if (!viewer.isSystem() && !isHome(found.openerUnitId())) {
            throw new RuleViolation("followup.error.not-opener");
        }
        return found;
    }

    /** Two people deciding at once: the second one's flush fails on the version, and is told so. */
    private FollowUpCase flush(FollowUpCase changed) {
        try {
            return cases.saveAndFlush(changed);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RuleViolation("error.changed-meanwhile");
        }
    }

    private boolean isHome(long unitId) {
        return viewer.homeUnitId().map(home -> home == unitId).orElse(false);
    }

    private String under(FollowUpFilter filter) {
        return filter.unitId() == null ? "%" : jurisdiction.require(filter.unitId()).path() + "%";
    }

    private CampaignInfo campaignOf(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(NotFound::new);
    }

    private void audit(AuditAction action, FollowUpCase subject, Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(AuditEvent.change(action, subject.assigneeUnitId(), "followup:" + subject.id(), before,
                after));
    }

    private static Map<String, String> withCampaign(FollowUpCase created, CampaignInfo campaign) {
        Map<String, String> values = new LinkedHashMap<>(created.auditValues());
        values.put("campaign", campaign.docNumber());
        return values;
    }

    private static String required(@Nullable String text, String key) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(key);
        }
        return text.strip();
    }

    private static String limited(String text) {
        if (text.length() > MAX_COMMENT) {
            throw new RuleViolation("followup.error.too-long", MAX_COMMENT);
        }
        return text;
    }

    /** The name without any folder a browser may send, at most 255 characters, keeping the extension. */
    private static String fileName(String uploaded) {
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
