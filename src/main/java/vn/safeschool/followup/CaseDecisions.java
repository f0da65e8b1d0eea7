package vn.safeschool.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.org.Jurisdiction;

/**
 * The moves of an opened case ({@link FollowUpService#respond}, {@link FollowUpService#accept},
 * {@link FollowUpService#sendBack}): the assignee unit answers, the opener unit accepts the answer or returns it.
 * Each move is made on the version the user loaded, by the side whose move it is, and written to the history, the
 * audit log and an event. Runs inside the service's guard and transaction.
 */
@Component
class CaseDecisions {

    private static final int MAX_COMMENT = 4000;

    private final FollowUpCaseRepository cases;
    private final FollowUpHistoryRepository history;
    private final FollowUpAttachmentRepository attachments;
    private final AttachmentCheck attachmentCheck;
    private final CaseQueries queries;
    private final CaseSides sides;
    private final Jurisdiction jurisdiction;
    private final Requester requester;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseDecisions(FollowUpCaseRepository cases, FollowUpHistoryRepository history,
            FollowUpAttachmentRepository attachments, AttachmentCheck attachmentCheck, CaseQueries queries,
            CaseSides sides, Jurisdiction jurisdiction, Requester requester, ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.history = history;
        this.attachments = attachments;
        this.attachmentCheck = attachmentCheck;
        this.queries = queries;
        this.sides = sides;
        this.jurisdiction = jurisdiction;
        this.requester = requester;
        this.events = events;
        this.clock = clock;
    }

    FollowUpCaseInfo respond(long caseId, long loadedVersion, FollowUpResponse response) {
        FollowUpCase found = requireCase(caseId, loadedVersion);
        if (!sides.actsFor(found.assigneeUnitId())) {
            throw new RuleViolation("followup.error.not-assignee");
        }
        String explanation = required(response.explanation(), "followup.error.explanation-required");
        String conclusions = response.conclusions() == null ? "" : response.conclusions().strip();
        Instant now = clock.instant();
        Long by = requester.userId().orElse(null);
        Long attachmentId = response.attachment() == null ? null : attach(caseId, response.attachment(), now, by);
        Map<String, String> before = found.auditValues();
        found.respond(explanation, conclusions, attachmentId, now, by);
        FollowUpCase saved = flush(found);
        history.save(new FollowUpHistory(caseId, CaseAction.RESPONDED, now, by,
                conclusions.isEmpty() ? explanation : explanation + "\n\n" + conclusions, attachmentId));
        events.publishEvent(saved.audited(AuditAction.FOLLOWUP_RESPONDED, before, saved.auditValues()));
        events.publishEvent(new FollowUpResponded(caseId, saved.assigneeUnitId(), saved.openerUnitId(),
                saved.campaignId()));
        return queries.one(caseId, jurisdiction.pathPattern(), now).orElseThrow();
    }

    FollowUpCaseInfo accept(long caseId, long loadedVersion, @Nullable String comment) {
        FollowUpCase found = requireOpenerSide(caseId, loadedVersion);
        String note = comment == null || comment.isBlank() ? null : limited(comment.strip());
        Instant now = clock.instant();
        Long by = requester.userId().orElse(null);
        Map<String, String> before = found.auditValues();
        found.accept(now, by);
        FollowUpCase saved = flush(found);
        history.save(new FollowUpHistory(caseId, CaseAction.ACCEPTED, now, by, note, null));
        events.publishEvent(saved.audited(AuditAction.FOLLOWUP_ACCEPTED, before, saved.auditValues()));
        events.publishEvent(new FollowUpAccepted(caseId, saved.assigneeUnitId(), saved.openerUnitId(),
                saved.campaignId()));
        return queries.one(caseId, jurisdiction.pathPattern(), now).orElseThrow();
    }

    FollowUpCaseInfo sendBack(long caseId, long loadedVersion, String comment, @Nullable Instant newDueAt) {
        FollowUpCase found = requireOpenerSide(caseId, loadedVersion);
        String why = limited(required(comment, "followup.error.comment-required"));
        Instant now = clock.instant();
        if (newDueAt != null && !newDueAt.isAfter(now)) {
            throw new RuleViolation("followup.error.due-in-past");
        }
        Long by = requester.userId().orElse(null);
        Map<String, String> before = found.auditValues();
        found.sendBack(newDueAt);
        FollowUpCase saved = flush(found);
        history.save(new FollowUpHistory(caseId, CaseAction.RETURNED, now, by, why, null).due(newDueAt));
        Map<String, String> after = new LinkedHashMap<>(saved.auditValues());
        after.put("comment", why);
        events.publishEvent(saved.audited(AuditAction.FOLLOWUP_RETURNED, before, after));
        events.publishEvent(new FollowUpReturned(caseId, saved.assigneeUnitId(), saved.openerUnitId(),
                saved.campaignId(), why, saved.dueAt()));
        return queries.one(caseId, jurisdiction.pathPattern(), now).orElseThrow();
    }

    /** Stores the answer's file, checked for size and type; its id. */
    private long attach(long caseId, FollowUpResponse.Upload upload, Instant now, @Nullable Long by) {
        String name = fileName(upload.fileName());
        String type = attachmentCheck.contentTypeOf(name, upload.content());
        return attachments.save(new FollowUpAttachment(caseId, name, type, upload.content(), now, by)).id();
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
        if (!sides.actsFor(found.openerUnitId())) {
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
