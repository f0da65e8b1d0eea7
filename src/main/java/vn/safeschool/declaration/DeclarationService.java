package vn.safeschool.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Inputs;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.declaration.SubmissionRecorder.Submission;
import vn.safeschool.org.Jurisdiction;

/**
 * Records declarations. The status always comes from the campaign's checklist rule, never from the caller. The
 * feature's one door: each method carries the guard of who may call it, and hands the work to the package's
 * internals — {@link SubmissionRecorder} writes, {@link Reopener} reopens, {@link DeclarationReads} reads.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationService {

    /** The reason's column length (on behalf, reopening). */
    public static final int MAX_REASON = 1000;

    private final SubmissionRecorder recorder;
    private final Reopener reopener;
    private final DeclarationReads reads;
    private final CampaignTerms terms;
    private final DeclarationRepository declarations;
    private final Jurisdiction jurisdiction;

    DeclarationService(SubmissionRecorder recorder, Reopener reopener, DeclarationReads reads, CampaignTerms terms,
            DeclarationRepository declarations, Jurisdiction jurisdiction) {
        this.recorder = recorder;
        this.reopener = reopener;
        this.reads = reads;
        this.terms = terms;
        this.declarations = declarations;
        this.jurisdiction = jurisdiction;
    }

    /**
     * The school's own submission, made now by its principal. {@code loadedVersion} is the version of the declaration
     * the form was filled from (null when there was none): if it changed meanwhile, nothing is overwritten.
     */
    @Transactional
    @PreAuthorize(Roles.IS_SCHOOL)
    public DeclarationInfo submit(long unitId, long campaignId, Map<Integer, AnswerInput> answers,
            @Nullable Long loadedVersion) {
        return recorder.madeNow(new Submission(unitId, campaignId, answers), loadedVersion, null);
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
        return recorder.madeNow(new Submission(unitId, campaignId, answers), loadedVersion, why);
    }

    /** The school confirms its current answers are still true: a new submission with the same answers. */
    @Transactional
    @PreAuthorize(Roles.IS_SCHOOL)
    public DeclarationInfo reconfirm(long unitId, long campaignId, long loadedVersion) {
        return recorder.reconfirmed(unitId, campaignId, loadedVersion);
    }

    /**
     * Lets a school submit again after its campaign's locked deadline, until {@code openUntil} (after now), for the
     * reason given: its district office for its schools, or the department's staff.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ON_BEHALF)
    public ReopeningInfo reopen(long unitId, long campaignId, Instant openUntil, String reason) {
        String why = required(reason);
        return reopener.reopen(unitId, campaignId, openUntil, why);
    }

    /**
     * A submission carried over from another system (the national "An toàn COVID-19" records) with its original
     * time, so that Late and the history stay true. Submissions of a school must come in time order.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public DeclarationInfo importSubmission(long unitId, long campaignId, Map<Integer, AnswerInput> answers,
            Instant submittedAt, @Nullable Long submittedBy) {
        return recorder.imported(new Submission(unitId, campaignId, answers), submittedAt, submittedBy);
    }

    /** What the rule makes of these answers, without recording anything (the form's live preview). */
    @PreAuthorize(Roles.IS_USER)
    public Assessment preview(long campaignId, Map<Integer, AnswerInput> answers) {
        return terms.checklist(terms.campaign(campaignId)).rule().assess(SubmissionRecorder.metNumbers(answers));
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
     * The unit's declaration in the campaign with its answers, for its page, and what the current user may do with
     * it ({@link DeclarationAbilities}): the unit must lie in the user's jurisdiction and the campaign concern them,
     * otherwise {@link NotFound}. A unit that has not declared gets no answers.
     */
    @PreAuthorize(Roles.IS_USER)
    public DeclarationDetails details(long unitId, long campaignId) {
        return reads.details(unitId, campaignId);
    }

    /** Every submission of the unit in the campaign, newest first; {@link NotFound} outside the jurisdiction. */
    @PreAuthorize(Roles.IS_USER)
    public List<SubmissionInfo> history(long unitId, long campaignId) {
        return reads.history(unitId, campaignId);
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
}
