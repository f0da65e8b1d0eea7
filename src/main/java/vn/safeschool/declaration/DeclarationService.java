package vn.safeschool.declaration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Inputs;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Viewer;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.base.Roles;
import vn.safeschool.base.i18n.Translations;

/** Records declarations. The status always comes from the campaign's checklist rule, never from the caller. */
@Service
@Transactional(readOnly = true)
public class DeclarationService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The reason's column length (on behalf, reopening). */
    public static final int MAX_REASON = 1000;

    private final DeclarationRepository declarations;
    private final DeclarationSubmissionRepository submissions;
    private final DeclarationReopeningRepository reopenings;
    private final CampaignService campaigns;
    private final ChecklistService checklists;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Viewer viewer;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final OrgTimeline timeline;
    private final Map<Long, ChecklistVersionInfo> checklistsInUse = new ConcurrentHashMap<>();

    DeclarationService(DeclarationRepository declarations, DeclarationSubmissionRepository submissions,
            DeclarationReopeningRepository reopenings, CampaignService campaigns, ChecklistService checklists, Jurisdiction jurisdiction,
            Viewer viewer, Clock clock, ApplicationEventPublisher events, JdbcClient jdbc, OrgTimeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.declarations = declarations;
        this.submissions = submissions;
        this.reopenings = reopenings;
        this.campaigns = campaigns;
        this.checklists = checklists;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.viewer = viewer;
        this.clock = clock;
    }

    /**
     * The school's own submission, made now by its principal. {@code loadedVersion} is the version of the declaration
     * the form was filled from (null when there was none): if it changed meanwhile, nothing is overwritten.
     */
    @Transactional
    @PreAuthorize(Roles.IS_SCHOOL)
    public DeclarationInfo submit(long unitId, long campaignId, Map<Integer, AnswerInput> answers,
            @Nullable Long loadedVersion) {
        return recordNow(unitId, campaignId, answers, loadedVersion, null);
    }

    /**
     * An entry or correction made now by the school's district office or the department on the school's behalf,
     * with the reason why (mandatory); kept in the history and the audit log as such.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ON_BEHALF)
    public DeclarationInfo submitOnBehalf(long unitId, long campaignId, Map<Integer, AnswerInput> answers,
            @Nullable Long loadedVersion, String reason) {
        String why = required(reason);
        return recordNow(unitId, campaignId, answers, loadedVersion, why);
    }

    /** The school confirms its current answers are still true: a new submission with the same answers. */
    @Transactional
    @PreAuthorize(Roles.IS_SCHOOL)
    public DeclarationInfo reconfirm(long unitId, long campaignId, long loadedVersion) {
        jurisdiction.require(unitId);
        CampaignInfo campaign = campaignOf(campaignId);
        Declaration declaration = declarations.findByUnitIdAndCampaignId(unitId, campaignId)
                .orElseThrow(() -> new RuleViolation("declaration.error.nothing-to-confirm"));
        Map<Integer, AnswerInput> answers = new HashMap<>();
        checklistOf(campaign).criteria().forEach(c -> {
            Answer a = declaration.answers().get(c.id());
            if (a != null) {
                answers.put(c.number(), new AnswerInput(a.met(), a.note()));
            }
        });
        return recordNow(unitId, campaignId, answers, loadedVersion, null);
    }

    /**
     * Lets a school submit again after its campaign's locked deadline, until {@code openUntil} (after now), for the
     * reason given: its district office for its schools, or the department's staff.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ON_BEHALF)
    public ReopeningInfo reopen(long unitId, long campaignId, Instant openUntil, String reason) {
        String why = required(reason);
        OrgUnitInfo unit = jurisdiction.require(unitId);
        CampaignInfo campaign = campaignOf(campaignId);
        if (!unit.isSchool()) {
            throw new RuleViolation("declaration.error.not-a-school", unitId);
        }
        if (!campaignCovers(campaign, unit)) {
            throw new RuleViolation("declaration.error.outside-campaign", campaign.docNumber());
        }
        refuseClosed(campaign);
        Instant now = clock.instant();
        if (!openUntil.isAfter(now)) {
            throw new RuleViolation("declaration.error.reopen-until-past");
        }
        Long by = viewer.userId().orElse(null);
        reopenings.save(new DeclarationReopening(unit.id(), campaignId, openUntil, why, by, now));
        events.publishEvent(AuditEvent.change(AuditAction.DECLARATION_REOPENED, unit.id(),
                "campaign:" + campaignId, Map.of(), Map.of("campaign", campaign.docNumber(),
                        "openUntil", when(openUntil), "reason", why)));
        events.publishEvent(new DeclarationReopened(unit.id(), campaign, openUntil, why));
        return new ReopeningInfo(openUntil, why, nameOf(by), now);
    }

    /**
     * A submission carried over from another system (the national "An toàn COVID-19" records) with its original
     * time, so that Late and the history stay true. Submissions of a school must come in time order.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public DeclarationInfo importSubmission(long unitId, long campaignId, Map<Integer, AnswerInput> answers,
            Instant submittedAt, @Nullable Long submittedBy) {
        return record(unitId, campaignId, answers, submittedAt, submittedBy, null, null, false);
    }

    /** What the rule makes of these answers, without recording anything (the form's live preview). */
    @PreAuthorize(Roles.IS_USER)
    public Assessment preview(long campaignId, Map<Integer, AnswerInput> answers) {
        ChecklistVersionInfo checklist = checklistOf(campaignOf(campaignId));
        return checklist.rule().assess(metNumbers(answers));
    }

    /** The unit's current declaration, if the unit is in the user's jurisdiction and has declared. */
    @PreAuthorize(Roles.IS_USER)
    public Optional<DeclarationInfo> find(long unitId, long campaignId) {
        if (jurisdiction.find(unitId).isEmpty()) {
            return Optional.empty();
        }
        return declarations.findByUnitIdAndCampaignId(unitId, campaignId).map(Declaration::toInfo);
    }

    /**
     * The unit's declaration in the campaign with its answers, for its page: the unit must lie in the user's
     * jurisdiction and the campaign concern them, otherwise {@link NotFound}. A unit that has not declared gets no
     * answers.
     */
    @PreAuthorize(Roles.IS_USER)
    public DeclarationDetails details(long unitId, long campaignId) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        CampaignInfo campaign = campaignOf(campaignId);
        Declaration declaration = declarations.findByUnitIdAndCampaignId(unitId, campaignId).orElse(null);
        if (declaration == null) {
            return new DeclarationDetails(unit, campaign, null, false, null, List.of(), locked(campaign, unitId),
                    reopening(unitId, campaignId));
        }
        Map<Long, Answer> answers = declaration.answers();
        List<DeclaredAnswer> answered = checklistOf(campaign).criteria().stream()
                .sorted(Comparator.comparing(CriterionInfo::phase).thenComparing(CriterionInfo::number))
                .filter(c -> answers.containsKey(c.id()))
                .map(c -> new DeclaredAnswer(c, answers.get(c.id()).met(), answers.get(c.id()).note()))
                .toList();
        DeclarationInfo current = declaration.toInfo();
        boolean stale = current.submittedAt()
                .isBefore(clock.instant().minus(Duration.ofDays(campaign.freshnessDays())));
        return new DeclarationDetails(unit, campaign, current, stale, nameOf(current.submittedBy()), answered,
                locked(campaign, unitId), reopening(unitId, campaignId));
    }

    /** Every submission of the unit in the campaign, newest first; {@link NotFound} outside the jurisdiction. */
    @PreAuthorize(Roles.IS_USER)
    public List<SubmissionInfo> history(long unitId, long campaignId) {
        jurisdiction.require(unitId);
        campaignOf(campaignId);
        Map<Long, String> names = new HashMap<>();
        return submissions.findHistory(unitId, campaignId).stream()
                .map(s -> new SubmissionInfo(s.revision(), s.assessment(), s.submittedAt(),
                        s.submittedBy() == null ? null
                                : names.computeIfAbsent(s.submittedBy(), id -> nameOf(id)),
                        s.late(), fromJson(s.answersJson()), s.onBehalf(), s.onBehalfReason()))
                .toList();
    }

    /** The full name of whoever submitted; null for an import without a person. */
    private @Nullable String nameOf(@Nullable Long userId) {
        if (userId == null) {
            return null;
        }
        return jdbc.sql("SELECT full_name FROM app_user WHERE id = :id").param("id", userId).query(String.class)
                .optional().orElse(null);
    }

    private static Map<Integer, AnswerInput> fromJson(String json) {
        Map<Integer, AnswerInput> answers = new LinkedHashMap<>();
        JsonNode root = JSON.readTree(json);
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode note = e.getValue().get("note");
            answers.put(Integer.valueOf(e.getKey()), new AnswerInput(e.getValue().path("met").asBoolean(),
                    note == null || note.isNull() ? null : note.asString()));
        }
        return answers;
    }

    private DeclarationInfo recordNow(long unitId, long campaignId, Map<Integer, AnswerInput> answers,
            @Nullable Long loadedVersion, @Nullable String onBehalfReason) {
        return record(unitId, campaignId, answers, clock.instant(), viewer.userId().orElse(null), loadedVersion,
                onBehalfReason, true);
    }

    /**
     * Whether the school may not submit now: the campaign is closed (for good: no reopening lets a school into a
     * closed campaign), or its locked deadline has passed and no reopening of the school runs.
     */
    private boolean locked(CampaignInfo campaign, long unitId) {
        Instant now = clock.instant();
        return campaign.closedAt() != null || campaign.lockAfterDeadline() && now.isAfter(campaign.deadline())
                && reopenings.findFirstByUnitIdAndCampaignIdAndOpenUntilAfterOrderByOpenUntilDesc(unitId,
                        campaign.id(), now).isEmpty();
    }

    private static void refuseClosed(CampaignInfo campaign) {
        Instant closedAt = campaign.closedAt();
        if (closedAt != null) {
            throw new RuleViolation("declaration.error.closed", campaign.docNumber(), when(closedAt));
        }
    }

    private @Nullable ReopeningInfo reopening(long unitId, long campaignId) {
        return reopenings.findFirstByUnitIdAndCampaignIdAndOpenUntilAfterOrderByOpenUntilDesc(unitId, campaignId,
                clock.instant()).map(r -> new ReopeningInfo(r.openUntil(), r.reason(), nameOf(r.reopenedBy()),
                        r.reopenedAt())).orElse(null);
    }

    private static String required(@Nullable String reason) {
        String why = Inputs.optionalText(reason);
        if (why == null) {
            throw new RuleViolation("declaration.error.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolation("declaration.error.reason-too-long", MAX_REASON);
        }
        return why;
    }

    /** A note longer than its column is refused by criterion, before anything is written. */
    private static void checkNotes(Map<Integer, AnswerInput> answers) {
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().note() != null && e.getValue().note().length() > AnswerInput.MAX_NOTE)
                .findFirst().ifPresent(e -> {
                    throw new RuleViolation("declaration.error.note-too-long", e.getKey(), AnswerInput.MAX_NOTE);
                });
    }

    private static String when(Instant instant) {
        return Dates.dateTime(instant, Translations.VIETNAMESE);
    }

    /**
     * @param loadedVersion  for a submission made now: the version the form was loaded with (null: none existed)
     * @param checked        made now by a person: the lost-update and deadline-lock rules apply (not to imports)
     */
    private DeclarationInfo record(long unitId, long campaignId, Map<Integer, AnswerInput> answers, Instant at,
            @Nullable Long by, @Nullable Long loadedVersion, @Nullable String onBehalfReason, boolean checked) {
        CampaignInfo campaign = campaignOf(campaignId);
        OrgUnitInfo unit = jurisdiction.require(unitId);
        if (!unit.isSchool()) {
            throw new RuleViolation("declaration.error.not-a-school", unitId);
        }
        if (!campaignCovers(campaign, unit)) {
            throw new RuleViolation("declaration.error.outside-campaign", campaign.docNumber());
        }
        ChecklistVersionInfo checklist = checklistOf(campaign);
        Set<Integer> numbers = checklist.criteria().stream().map(CriterionInfo::number).collect(Collectors.toSet());
        if (!answers.keySet().equals(numbers)) {
            throw new RuleViolation("declaration.error.incomplete", numbers.size());
        }
        checkNotes(answers);
        Assessment assessment = checklist.rule().assess(metNumbers(answers));
        Optional<Declaration> existing = declarations.lockByUnitIdAndCampaignId(unit.id(), campaignId);
        if (checked) {
            if (existing.isPresent() && (loadedVersion == null || existing.get().version() != loadedVersion)) {
                Declaration changed = existing.get();
                String who = nameOf(changed.submittedBy());
                throw new RuleViolation("declaration.error.changed-meanwhile", who == null ? "—" : who,
                        when(changed.submittedAt()));
            }
            refuseClosed(campaign);
            if (locked(campaign, unit.id())) {
                throw new RuleViolation("declaration.error.locked", when(campaign.deadline()));
            }
        }
        Declaration declaration = existing.orElseGet(() -> new Declaration(unit.id(), campaignId));
        if (at.isBefore(declaration.submittedAt())) {
            throw new RuleViolation("declaration.error.out-of-order");
        }
        Map<Long, Answer> byCriterionId = new HashMap<>();
        checklist.criteria().forEach(c -> byCriterionId.put(c.id(), new Answer(answers.get(c.number()))));
        // Late is decided once, by the first submission: an update after the deadline keeps an on-time school on time
        boolean late = existing.map(Declaration::late).orElseGet(() -> campaign.isLate(at));
        declaration.record(byCriterionId, assessment, at, by, late);
        declaration = declarations.saveAndFlush(declaration);
        int revision = existing.isEmpty() ? 1 : submissions.countByDeclarationId(declaration.id()) + 1;
        submissions.save(new DeclarationSubmission(declaration.id(), unit.id(), campaignId, revision, assessment,
                toJson(answers), at, by, late, onBehalfReason));
        Map<String, String> after = new LinkedHashMap<>(Map.of("campaign", campaign.docNumber(),
                "revision", String.valueOf(revision), "status", assessment.status().name(),
                "met", assessment.met() + "/" + assessment.total(), "late", String.valueOf(late)));
        if (onBehalfReason != null) {
            after.put("reason", onBehalfReason);
        }
        events.publishEvent(AuditEvent.change(onBehalfReason == null ? AuditAction.DECLARATION_SUBMITTED
                : AuditAction.DECLARATION_ON_BEHALF, unit.id(), "declaration:" + declaration.id(), Map.of(), after));
        events.publishEvent(new DeclarationSubmitted(declaration.id(), unit.id(), campaignId,
                !checked ? DeclarationSubmitted.Origin.IMPORT
                        : onBehalfReason != null ? DeclarationSubmitted.Origin.ON_BEHALF
                        : DeclarationSubmitted.Origin.SCHOOL, assessment.status(), at,
                checklist.criteria().stream().filter(c -> !answers.get(c.number()).met()).toList()));
        return declaration.toInfo();
    }

    /** The campaign's members are the hierarchy's to say: the schools under its scope (at its closing, once closed). */
    private boolean campaignCovers(CampaignInfo campaign, OrgUnitInfo unit) {
        return timeline.isMember(unit.id(), campaign.scopeUnitId(), campaign.closedAt());
    }

    private CampaignInfo campaignOf(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(NotFound::new);
    }

    /**
     * A campaign's checklist version can no longer change (the checklist feature refuses to edit a version a campaign
     * uses), so it is read once per instance and kept: every save needs it, and it cannot go stale — not even on
     * another instance.
     */
    private ChecklistVersionInfo checklistOf(CampaignInfo campaign) {
        return checklistsInUse.computeIfAbsent(campaign.checklistVersionId(),
                id -> checklists.find(id).orElseThrow());
    }

    private static Set<Integer> metNumbers(Map<Integer, AnswerInput> answers) {
        return answers.entrySet().stream().filter(e -> e.getValue().met()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static String toJson(Map<Integer, AnswerInput> answers) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("met", e.getValue().met());
            if (e.getValue().note() != null && !e.getValue().note().isBlank()) {
                answer.put("note", e.getValue().note().strip());
            }
            snapshot.put(String.valueOf(e.getKey()), answer);
        });
        return JSON.writeValueAsString(snapshot);
    }
}
