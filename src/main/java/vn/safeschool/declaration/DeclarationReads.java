package vn.safeschool.declaration;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.safeschool.base.RoleGuard;
import vn.safeschool.base.Roles;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgUnitInfo;

/** A school's declaration as its page reads it: the current state with its answers, and the history. */
@Component
class DeclarationReads {

    private final DeclarationRepository declarations;
    private final DeclarationSubmissionRepository submissions;
    private final CampaignTerms terms;
    private final PersonNames names;
    private final Jurisdiction jurisdiction;
    private final RoleGuard guard;
    private final Clock clock;

    DeclarationReads(DeclarationRepository declarations, DeclarationSubmissionRepository submissions,
            CampaignTerms terms, PersonNames names, Jurisdiction jurisdiction, RoleGuard guard, Clock clock) {
        this.declarations = declarations;
        this.submissions = submissions;
        this.terms = terms;
        this.names = names;
        this.jurisdiction = jurisdiction;
        this.guard = guard;
        this.clock = clock;
    }

    DeclarationDetails details(long unitId, long campaignId) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        CampaignInfo campaign = terms.campaign(campaignId);
        Declaration declaration = declarations.findByUnitIdAndCampaignId(unitId, campaignId).orElse(null);
        boolean locked = terms.locked(campaign, unitId);
        ReopeningInfo reopening = terms.reopening(unitId, campaignId).map(r -> new ReopeningInfo(r.openUntil(),
                r.reason(), names.of(r.reopenedBy()), r.reopenedAt())).orElse(null);
        DeclarationAbilities may = abilities(campaign, locked, declaration != null);
        if (declaration == null) {
            return new DeclarationDetails(unit, campaign, null, false, null, List.of(), locked, reopening, may);
        }
        Map<Long, Answer> answers = declaration.answers();
        List<DeclaredAnswer> answered = terms.checklist(campaign).criteria().stream()
                .sorted(Comparator.comparing(CriterionInfo::phase).thenComparing(CriterionInfo::number))
                .filter(c -> answers.containsKey(c.id()))
                .map(c -> new DeclaredAnswer(c, answers.get(c.id()).met(), answers.get(c.id()).note()))
                .toList();
        DeclarationInfo current = declaration.toInfo();
        boolean stale = current.submittedAt()
                .isBefore(clock.instant().minus(Duration.ofDays(campaign.freshnessDays())));
        return new DeclarationDetails(unit, campaign, current, stale, names.of(current.submittedBy()), answered,
                locked, reopening, may);
    }

    /**
     * By the guards of {@link DeclarationService#submit} and {@link DeclarationService#reconfirm} (the school), of
     * {@link DeclarationService#submitOnBehalf} and {@link DeclarationService#reopen} (on behalf), and the refusals
     * the writing side makes of a locked or closed campaign.
     */
    private DeclarationAbilities abilities(CampaignInfo campaign, boolean locked, boolean declared) {
        boolean school = guard.passes(Roles.IS_SCHOOL);
        boolean onBehalf = guard.passes(Roles.IS_ON_BEHALF);
        boolean declares = school || onBehalf;
        return new DeclarationAbilities(declares, onBehalf, declares && !locked, school && declared && !locked,
                onBehalf && campaign.closedAt() == null);
    }

    List<SubmissionInfo> history(long unitId, long campaignId) {
        jurisdiction.require(unitId);
        terms.campaign(campaignId);
        Map<Long, String> byId = new HashMap<>();
        return submissions.findHistory(unitId, campaignId).stream()
                .map(s -> new SubmissionInfo(s.revision(), s.assessment(), s.submittedAt(),
                        s.submittedBy() == null ? null : byId.computeIfAbsent(s.submittedBy(), names::of),
                        s.late(), fromJson(s.answersJson()), s.onBehalf(), s.onBehalfReason()))
                .toList();
    }

    private static Map<Integer, AnswerInput> fromJson(String json) {
        Map<Integer, AnswerInput> answers = new LinkedHashMap<>();
        JsonNode root = SubmissionRecorder.JSON.readTree(json);
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode note = e.getValue().get("note");
            answers.put(Integer.valueOf(e.getKey()), new AnswerInput(e.getValue().path("met").asBoolean(),
                    note == null || note.isNull() ? null : note.asString()));
        }
        return answers;
    }
}
