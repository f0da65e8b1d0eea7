package vn.safeschool.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RoleGuard;
import vn.safeschool.base.Roles;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.UnitRollup;

/**
 * Follow-up cases. Each level follows up the level directly below it: department users open cases for the district
 * offices and the units directly under the department, a district admin for the schools of the district; the
 * assignee unit answers (its district admins, or its principal), and the opener unit accepts the answer or returns
 * it. A case is visible to whoever's jurisdiction holds its assignee; anything else answers as not found.
 *
 * <p>The boundary of the feature: each method carries its guard here; the opening is done by {@link CaseOpening},
 * the answer and the decision on it by {@link CaseDecisions}, and the reads are answered here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FollowUpService {

    private final CaseOpening opening;
    private final CaseDecisions decisions;
    private final CaseSides sides;
    private final CaseQueries queries;
    private final FollowUpAttachmentRepository attachments;
    private final CampaignService campaigns;
    private final OrgService org;
    private final Jurisdiction jurisdiction;
    private final RoleGuard guard;
    private final Clock clock;

    FollowUpService(CaseOpening opening, CaseDecisions decisions, CaseSides sides, CaseQueries queries,
            FollowUpAttachmentRepository attachments, CampaignService campaigns, OrgService org,
            Jurisdiction jurisdiction, RoleGuard guard, Clock clock) {
        this.opening = opening;
        this.decisions = decisions;
        this.sides = sides;
        this.queries = queries;
        this.attachments = attachments;
        this.campaigns = campaigns;
        this.org = org;
        this.jurisdiction = jurisdiction;
        this.guard = guard;
        this.clock = clock;
    }

    /** Whether the user's role opens follow-ups at all, by {@link #open}'s guard: the "open" buttons. */
    @PreAuthorize(Roles.IS_USER)
    public boolean mayOpen() {
        return guard.passes(Roles.IS_FOLLOWUP_OPENER);
    }

    /**
     * Whether {@link #open} takes the unit, by its guard and its rule: the unit lies right below the user's own.
     * False for a unit outside the jurisdiction.
     */
    @PreAuthorize(Roles.IS_USER)
    public boolean mayOpenFor(long unitId) {
        return mayOpen() && jurisdiction.find(unitId).map(opening::opensFor).orElse(false);
    }

    /**
     * The units one level below the user's own that meet the criterion in the campaign now, with their live
     * numbers, by code: whom a bulk opening would concern.
     */
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public List<UnitRollup> candidates(long campaignId, BulkCriterion criterion, int thresholdPercent) {
        return opening.candidates(campaignOf(campaignId), criterion, thresholdPercent);
    }

    /**
     * Opens one case per unit, each with the unit's numbers frozen as they are now. The units must lie one level
     * below the user's own unit and in the campaign's scope; a unit that already has an unfinished case of the
     * type in the campaign is left out (and reported), so that opening twice does not double the work.
     */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public OpenResult open(@Valid NewFollowUp spec, List<Long> unitIds) {
        return opening.open(campaignOf(spec.campaignId()), spec, unitIds);
    }

    /**
     * The assignee unit's answer to an open case (its district admins for an office, its principal for a school):
     * the explanation, the review's conclusions and optionally a file, checked for size and type.
     */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_ASSIGNEE)
    public FollowUpCaseInfo respond(long caseId, long loadedVersion, @Valid FollowUpResponse response) {
        return decisions.respond(caseId, loadedVersion, response);
    }

    /** The opener unit accepts the answer: the case is closed. */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public FollowUpCaseInfo accept(long caseId, long loadedVersion, @Nullable String comment) {
        return decisions.accept(caseId, loadedVersion, comment);
    }

    /**
     * The opener unit returns the answer with a comment saying what is missing: the case is open again, due at the
     * new date if one is given.
     */
    @Transactional
    @PreAuthorize(Roles.IS_FOLLOWUP_OPENER)
    public FollowUpCaseInfo sendBack(long caseId, long loadedVersion, String comment, @Nullable Instant newDueAt) {
        return decisions.sendBack(caseId, loadedVersion, comment, newDueAt);
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

    /**
     * What the user may do with the case now, by the guards and rules of {@link #respond}, {@link #accept} and
     * {@link #sendBack}: answer it for their own unit, or decide on their own unit's answer.
     */
    private Set<CaseAction> allowed(FollowUpCaseInfo info) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        if (info.status() == FollowUpStatus.OPEN && sides.isHome(info.assigneeUnitId())
                && guard.passes(Roles.IS_FOLLOWUP_ASSIGNEE)) {
            allowed.add(CaseAction.RESPONDED);
        }
        if (info.status() == FollowUpStatus.RESPONDED && sides.isHome(info.openerUnitId())
                && guard.passes(Roles.IS_FOLLOWUP_OPENER)) {
            allowed.add(CaseAction.ACCEPTED);
            allowed.add(CaseAction.RETURNED);
        }
        return allowed;
    }

    private String under(FollowUpFilter filter) {
        return filter.unitId() == null ? "%" : jurisdiction.require(filter.unitId()).path() + "%";
    }

    private CampaignInfo campaignOf(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(NotFound::new);
    }
}
