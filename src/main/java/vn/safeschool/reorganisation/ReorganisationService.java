package vn.safeschool.reorganisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Inputs;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Requester;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.StructureService;
import vn.safeschool.reorganisation.ReorgPreview.AccountChoice;
import vn.safeschool.unitimport.MappingFiles;

/**
 * Reorganisations as dated events, department staff's alone: drafted (from a mapping file or steps), previewed,
 * decided per account, applied — now, back-dated, or scheduled to take effect by itself — and undone by a
 * compensating event. Every state change is audited; two people changing one event at once, one is refused.
 */
@Service
@Transactional(readOnly = true)
public class ReorganisationService {

    static final int MAX_TITLE = 255;

    private final ReorgEventRepository events;
    private final ReorgRows rows;
    private final ReorgPreviews previews;
    private final ReorgApplier applier;
    private final MappingFiles files;
    private final StructureService structure;
    private final Jurisdiction jurisdiction;
    private final Requester requester;
    private final Translations translations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReorganisationService(ReorgEventRepository events, ReorgRows rows, ReorgPreviews previews, ReorgApplier applier,
            MappingFiles files, StructureService structure, Jurisdiction jurisdiction, Requester requester,
            Translations translations, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.rows = rows;
        this.previews = previews;
        this.applier = applier;
        this.files = files;
        this.structure = structure;
        this.jurisdiction = jurisdiction;
        this.requester = requester;
        this.translations = translations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every event of the caller's jurisdiction, the latest effective first. */
    @PreAuthorize(Roles.IS_STAFF)
    public List<ReorgSummary> list() {
        return events.findAllNewestFirst().stream().filter(this::visible).map(this::summary).toList();
    }

    @PreAuthorize(Roles.IS_STAFF)
    public Optional<ReorgSummary> find(long eventId) {
        return events.findById(eventId).filter(this::visible).map(this::summary);
    }

    /** A draft from a mapping file; when the file cannot be read (or a row not understood), nothing is written. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public DraftResult draftFromFile(String title, Instant effectiveAt, String fileName, byte[] content) {
        MappingFiles.MappingRead read = files.read(fileName, content);
        if (!read.readable()) {
            return new DraftResult(null, read.problems());
        }
        return new DraftResult(draft(title, effectiveAt, read.restructuring(), fileName), List.of());
    }

    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ReorgSummary draft(String title, Instant effectiveAt, Restructuring steps, @Nullable String sourceName) {
        long owner = jurisdiction.homeUnitId().orElseThrow(() -> new RuleViolation("reorg.error.no-home"));
        ReorgEvent event = events.saveAndFlush(new ReorgEvent(owner, title(title), effectiveAt,
                sourceName == null ? null : Inputs.line(sourceName.length() > 255 ? sourceName.substring(0, 255)
                        : sourceName),
                requester.userId().orElse(null), clock.instant(), null));
        rows.saveSteps(event.id(), steps);
        audit(AuditAction.REORGANISATION_DRAFTED, event, Map.of(), Map.of("title", event.title(), "effectiveAt",
                event.effectiveAt().toString(), "steps", String.valueOf(steps.steps().size())));
        return summary(event);
    }

    /**
     * What applying the event would do, nothing written: problems, what it touches, the accounts' fates. Of an
     * applied or undone event, what applying it did, as recorded then.
     */
    @PreAuthorize(Roles.IS_STAFF)
    public ReorgPreview preview(long eventId) {
        ReorgEvent event = events.findById(eventId).filter(this::visible).orElseThrow(NotFound::new);
        ReorgSummary summary = summary(event);
        return previews.asApplied(summary, rows.decisions(eventId))
                .orElseGet(() -> previews.of(summary, rows.steps(eventId), rows.decisions(eventId)));
    }

    /** The event's steps, as the mapping file listed them. */
    @PreAuthorize(Roles.IS_STAFF)
    public Restructuring steps(long eventId) {
        events.findById(eventId).filter(this::visible).orElseThrow(NotFound::new);
        return rows.steps(eventId);
    }

    /** Where one account whose home the event dissolves goes: a unit's code, or null to disable it. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ReorgSummary decide(long eventId, long loadedVersion, long accountId, @Nullable String targetCode) {
        ReorgEvent event = forChange(eventId, loadedVersion, ReorgStatus.DRAFT);
        ReorgPreview preview = previews.of(summary(event), rows.steps(eventId), rows.decisions(eventId));
        AccountChoice choice = preview.accounts().stream().filter(c -> c.accountId() == accountId).findFirst()
                .orElseThrow(() -> new RuleViolation("reorg.error.account-not-affected"));
        String code = targetCode == null || targetCode.isBlank() ? null : targetCode.strip();
        ReorgPreview.Target target = null;
        if (code != null) {
            target = choice.options().stream().filter(o -> o.code().equalsIgnoreCase(code)).findFirst()
                    .orElseThrow(() -> new RuleViolation("reorg.error.bad-target", code));
        }
        rows.decide(eventId, new ReorgRows.Decision(accountId, target == null ? null : target.code(),
                choice.homeUnitId(), choice.enabled()));
        events.flush();
        return summary(event);
    }

    /**
     * Applies the event if its moment has come (now or earlier), or schedules it to take effect by itself at its
     * moment. Refused while the preview names a problem or an orphan; nothing is written then.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ReorgSummary apply(long eventId, long loadedVersion) {
        ReorgEvent event = forChange(eventId, loadedVersion, ReorgStatus.DRAFT);
        Restructuring steps = rows.steps(eventId);
        ReorgPreview preview = previews.of(summary(event), steps, rows.decisions(eventId));
        if (event.effectiveAt().isAfter(clock.instant())) {
            ReorgApplier.refuseUnlessApplicable(preview);
            event.schedule();
            audit(AuditAction.REORGANISATION_SCHEDULED, event, Map.of("status", "DRAFT"),
                    Map.of("status", "SCHEDULED", "effectiveAt", event.effectiveAt().toString()));
            events.flush();
            return summary(event);
        }
        ReorgEvent applied = applier.apply(event, steps, preview);
        events.flush();
        return summary(applied);
    }

    /** Undoes an applied event by a compensating event, effective now; nothing is deleted. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ReorgSummary undo(long eventId, long loadedVersion) {
        ReorgEvent original = forChange(eventId, loadedVersion, ReorgStatus.APPLIED);
        if (original.undoesEventId() != null) {
            throw new RuleViolation("reorg.error.undo-of-undo");
        }
        Restructuring steps = structure.compensation(eventId);
        String title = translations.getTranslation("reorg.undo.title", Translations.VIETNAMESE, original.title());
        ReorgEvent compensating = events.saveAndFlush(new ReorgEvent(original.ownerUnitId(), title(title),
                clock.instant(), null, requester.userId().orElse(null), clock.instant(), original.id()));
        rows.saveSteps(compensating.id(), steps);
        ReorgEvent done = applier.undo(original, compensating, steps);
        events.flush();
        return summary(done);
    }

    /** A draft, or a scheduled event before its moment, is set aside (kept, marked discarded). */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ReorgSummary discard(long eventId, long loadedVersion) {
        ReorgEvent event = events.findForChange(eventId).filter(this::visible).orElseThrow(NotFound::new);
        if (event.version() != loadedVersion) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        ReorgStatus before = event.status();
        if (before != ReorgStatus.DRAFT && before != ReorgStatus.SCHEDULED && before != ReorgStatus.FAILED) {
            throw new RuleViolation("reorg.error.wrong-status", before.name());
        }
        event.discard();
        audit(AuditAction.REORGANISATION_DISCARDED, event, Map.of("status", before.name()),
                Map.of("status", "DISCARDED"));
        events.flush();
        return summary(event);
    }

    /** A scheduled event whose moment has come, applied as its creator decided; false when it is not due. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public boolean applyScheduled(long eventId) {
        ReorgEvent event = events.findForChange(eventId).filter(this::visible).orElseThrow(NotFound::new);
        if (event.status() != ReorgStatus.SCHEDULED || event.effectiveAt().isAfter(clock.instant())) {
            return false;
        }
        Restructuring steps = rows.steps(eventId);
        applier.apply(event, steps, previews.of(summary(event), steps, rows.decisions(eventId)));
        return true;
    }

    /** A scheduled event that could not be applied when its moment came: marked, with the reason, for staff. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public void markFailed(long eventId, String reasonKey) {
        ReorgEvent event = events.findForChange(eventId).filter(this::visible).orElseThrow(NotFound::new);
        if (event.status() == ReorgStatus.SCHEDULED) {
            event.failed(reasonKey);
            audit(AuditAction.REORGANISATION_FAILED, event, Map.of("status", "SCHEDULED"),
                    Map.of("status", "FAILED", "reason", reasonKey));
        }
    }

    /** The scheduled events whose moment has come, oldest first. */
    @PreAuthorize(Roles.IS_STAFF)
    public List<Long> due() {
        return events.findDue(clock.instant());
    }

    private ReorgEvent forChange(long eventId, long loadedVersion, ReorgStatus expected) {
        ReorgEvent event = events.findForChange(eventId).filter(this::visible).orElseThrow(NotFound::new);
        if (event.version() != loadedVersion) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        if (event.status() != expected) {
            throw new RuleViolation("reorg.error.wrong-status", event.status().name());
        }
        event.touch(clock.instant());
        return event;
    }

    private static String title(String title) {
        String clean = Inputs.line(title);
        if (clean == null || clean.isBlank()) {
            throw new RuleViolation("reorg.error.title-required");
        }
        if (clean.strip().length() > MAX_TITLE) {
            throw new RuleViolation("reorg.error.title-too-long", MAX_TITLE);
        }
        return clean.strip();
    }

    private boolean visible(ReorgEvent event) {
        return jurisdiction.find(event.ownerUnitId()).isPresent();
    }

    private ReorgSummary summary(ReorgEvent event) {
        return event.toSummary(rows.stepCount(event.id()));
    }

    private void audit(AuditAction action, ReorgEvent event, Map<String, String> before, Map<String, String> after) {
        publisher.publishEvent(AuditEvent.change(action, event.ownerUnitId(), "reorganisation:" + event.id(), before,
                after));
    }
}
