package vn.safeschool.declaration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.DeclarationSubmitted.Origin;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgUnitInfo;

/**
 * Writes submissions: the answers checked against the campaign's checklist, the status from its rule, then the
 * declaration, its history row, the audit event and {@link DeclarationSubmitted}. Two ways in: {@link #madeNow} by a
 * person, where the lost-update and deadline-lock rules apply, and {@link #imported} with the original time, where
 * they do not (the record elsewhere already happened).
 */
@Component
class SubmissionRecorder {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A submission as asked for: the school, the campaign, and the answers by criterion number. */
    record Submission(long unitId, long campaignId, Map<Integer, AnswerInput> answers) {
    }

    /** A submission that passed the checks: every criterion answered, and what the rule makes of it. */
    private record Checked(OrgUnitInfo unit, CampaignInfo campaign, ChecklistVersionInfo checklist,
            Map<Integer, AnswerInput> answers, Assessment assessment) {
    }

    /** When, by whom and how it was made; the reason only for one made on the school's behalf. */
    private record Made(Instant at, @Nullable Long by, Origin origin, @Nullable String onBehalfReason) {
    }

    private final DeclarationRepository declarations;
    private final DeclarationSubmissionRepository submissions;
    private final CampaignTerms terms;
    private final PersonNames names;
    private final Jurisdiction jurisdiction;
    private final Requester requester;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubmissionRecorder(DeclarationRepository declarations, DeclarationSubmissionRepository submissions,
            CampaignTerms terms, PersonNames names, Jurisdiction jurisdiction, Requester requester, Clock clock,
            ApplicationEventPublisher events) {
        this.declarations = declarations;
        this.submissions = submissions;
        this.terms = terms;
        this.names = names;
        this.jurisdiction = jurisdiction;
        this.requester = requester;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A submission made now by the current user: by the school itself, or on its behalf when a reason is given.
     *
     * @param loadedVersion the version of the declaration the form was loaded with (null: none existed); if it
     *                      changed meanwhile, nothing is overwritten
     */
    DeclarationInfo madeNow(Submission submission, @Nullable Long loadedVersion, @Nullable String onBehalfReason) {
        Made made = new Made(clock.instant(), requester.userId().orElse(null),
                onBehalfReason == null ? Origin.SCHOOL : Origin.ON_BEHALF, onBehalfReason);
        Checked checked = check(submission);
        Optional<Declaration> existing = declarations.lockByUnitIdAndCampaignId(checked.unit().id(),
                submission.campaignId());
        if (existing.isPresent() && (loadedVersion == null || existing.get().version() != loadedVersion)) {
            Declaration changed = existing.get();
            String who = names.of(changed.submittedBy());
            throw new RuleViolation("declaration.error.changed-meanwhile", who == null ? "—" : who,
                    CampaignTerms.when(changed.submittedAt()));
        }
        CampaignTerms.refuseClosed(checked.campaign());
        if (terms.locked(checked.campaign(), checked.unit().id())) {
            throw new RuleViolation("declaration.error.locked", CampaignTerms.when(checked.campaign().deadline()));
        }
        return store(checked, existing, made);
    }

    /** The school's current answers again, as a submission made now by the school: "still true". */
    DeclarationInfo reconfirmed(long unitId, long campaignId, long loadedVersion) {
        jurisdiction.require(unitId);
        CampaignInfo campaign = terms.campaign(campaignId);
        Declaration declaration = declarations.findByUnitIdAndCampaignId(unitId, campaignId)
                .orElseThrow(() -> new RuleViolation("declaration.error.nothing-to-confirm"));
        Map<Integer, AnswerInput> answers = new HashMap<>();
        terms.checklist(campaign).criteria().forEach(c -> {
            Answer a = declaration.answers().get(c.id());
            if (a != null) {
                answers.put(c.number(), new AnswerInput(a.met(), a.note()));
            }
        });
        return madeNow(new Submission(unitId, campaignId, answers), loadedVersion, null);
    }

    /** A submission carried over from another system at its original time; submissions of a school in time order. */
    DeclarationInfo imported(Submission submission, Instant submittedAt, @Nullable Long submittedBy) {
        Checked checked = check(submission);
        Optional<Declaration> existing = declarations.lockByUnitIdAndCampaignId(checked.unit().id(),
                submission.campaignId());
        return store(checked, existing, new Made(submittedAt, submittedBy, Origin.IMPORT, null));
    }

    /** Which criteria the answers meet, by number: what the checklist's rule assesses. */
    static Set<Integer> metNumbers(Map<Integer, AnswerInput> answers) {
        return answers.entrySet().stream().filter(e -> e.getValue().met()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Checked check(Submission submission) {
        CampaignInfo campaign = terms.campaign(submission.campaignId());
        OrgUnitInfo unit = jurisdiction.require(submission.unitId());
        terms.requireMember(unit, campaign);
        ChecklistVersionInfo checklist = terms.checklist(campaign);
        Map<Integer, AnswerInput> answers = submission.answers();
        Set<Integer> numbers = checklist.criteria().stream().map(CriterionInfo::number).collect(Collectors.toSet());
        if (!answers.keySet().equals(numbers)) {
            throw new RuleViolation("declaration.error.incomplete", numbers.size());
        }
        checkNotes(answers);
        return new Checked(unit, campaign, checklist, answers, checklist.rule().assess(metNumbers(answers)));
    }

    /** A note longer than its column is refused by criterion, before anything is written. */
    private static void checkNotes(Map<Integer, AnswerInput> answers) {
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().note() != null && e.getValue().note().length() > AnswerInput.MAX_NOTE)
                .findFirst().ifPresent(e -> {
                    throw new RuleViolation("declaration.error.note-too-long", e.getKey(), AnswerInput.MAX_NOTE);
                });
    }

    private DeclarationInfo store(Checked checked, Optional<Declaration> existing, Made made) {
        long unitId = checked.unit().id();
        long campaignId = checked.campaign().id();
        Declaration declaration = existing.orElseGet(() -> new Declaration(unitId, campaignId));
        if (made.at().isBefore(declaration.submittedAt())) {
            throw new RuleViolation("declaration.error.out-of-order");
        }
        Map<Long, Answer> byCriterionId = new HashMap<>();
        checked.checklist().criteria().forEach(c -> byCriterionId.put(c.id(),
                new Answer(checked.answers().get(c.number()))));
        // Late is decided once, by the first submission: an update after the deadline keeps an on-time school on time
        boolean late = existing.map(Declaration::late).orElseGet(() -> checked.campaign().isLate(made.at()));
        declaration.record(byCriterionId, checked.assessment(), made.at(), made.by(), late);
        declaration = declarations.saveAndFlush(declaration);
        int revision = existing.isEmpty() ? 1 : submissions.countByDeclarationId(declaration.id()) + 1;
        submissions.save(new DeclarationSubmission(declaration.id(), unitId, campaignId, revision,
                checked.assessment(), toJson(checked.answers()), made.at(), made.by(), late, made.onBehalfReason()));
        publish(checked, made, declaration.id(), revision, late);
        return declaration.toInfo();
    }

    private void publish(Checked checked, Made made, long declarationId, int revision, boolean late) {
        Assessment assessment = checked.assessment();
        Map<String, String> after = new LinkedHashMap<>(Map.of("campaign", checked.campaign().docNumber(),
                "revision", String.valueOf(revision), "status", assessment.status().name(),
                "met", assessment.met() + "/" + assessment.total(), "late", String.valueOf(late)));
        if (made.onBehalfReason() != null) {
            after.put("reason", made.onBehalfReason());
        }
        events.publishEvent(AuditEvent.change(made.origin() == Origin.ON_BEHALF ? AuditAction.DECLARATION_ON_BEHALF
                : AuditAction.DECLARATION_SUBMITTED, checked.unit().id(), "declaration:" + declarationId, Map.of(),
                after));
        events.publishEvent(new DeclarationSubmitted(declarationId, checked.unit().id(), checked.campaign().id(),
                made.origin(), assessment.status(), made.at(), checked.checklist().criteria().stream()
                        .filter(c -> !checked.answers().get(c.number()).met()).toList()));
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
