package vn.safeschool.reorganisation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Dates;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.followup.OpenWork;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.StructureService;
import vn.safeschool.reminder.NoticeService;
import vn.safeschool.reorganisation.ReorgPreview.AccountChoice;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;

/**
 * Applying an event, inside the caller's transaction, all of it or nothing: the tree (with the hand-overs of open
 * work it publishes), then the accounts as decided, each person told in their inbox, then the event's own state.
 */
@Component
class ReorgApplier {

    private final StructureService structure;
    private final AccountService accounts;
    private final OrgService org;
    private final NoticeService notices;
    private final ReorgRows rows;
    private final ReorgOutcomes outcomes;
    private final ReorgEventRepository events;
    private final Translations translations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReorgApplier(StructureService structure, AccountService accounts, OrgService org, NoticeService notices,
            ReorgRows rows, ReorgOutcomes outcomes, ReorgEventRepository events, Translations translations,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.outcomes = outcomes;
        this.structure = structure;
        this.accounts = accounts;
        this.org = org;
        this.notices = notices;
        this.rows = rows;
        this.translations = translations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Refuses, writing nothing, while the preview has a problem or an orphan. Returns the event as it now is: the
     * tree's set-based writes leave the persistence context cleared, so the one passed in is stale.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ReorgEvent apply(ReorgEvent given, Restructuring steps, ReorgPreview preview) {
        refuseUnlessApplicable(preview);
        RestructuringPlan done = structure.restructure(steps, given.effectiveAt(), given.id(), given.title());
        outcomes.record(given.id(), done, preview.openWork());
        ReorgEvent event = events.findById(given.id()).orElseThrow();
        Map<Long, @Nullable Long> moves = new LinkedHashMap<>();
        Map<String, OrgUnitInfo> targets = org.findByCodes(preview.accounts().stream()
                .filter(c -> c.target() != null).map(c -> c.target().code()).toList());
        Map<String, OrgUnitInfo> byKey = new java.util.HashMap<>();
        targets.values().forEach(u -> byKey.put(u.code().toLowerCase(java.util.Locale.ROOT), u));
        for (AccountChoice choice : preview.accounts()) {
            Long target = choice.target() == null ? null
                    : java.util.Optional.ofNullable(byKey.get(choice.target().code().toLowerCase(java.util.Locale.ROOT)))
                            .map(OrgUnitInfo::id).orElseThrow(() -> new RuleViolation("reorg.error.bad-target",
                                    choice.target().code()));
            moves.put(choice.accountId(), target);
            rows.decide(event.id(), new ReorgRows.Decision(choice.accountId(),
                    choice.target() == null ? null : choice.target().code(), choice.homeUnitId(), choice.enabled()));
        }
        String reason = "reorganisation:" + event.id() + " " + event.title();
        for (AccountInfo account : accounts.rehome(moves, reason)) {
            tell(account, event, moves.get(account.id()) == null ? "reorg.notice.disabled" : "reorg.notice.moved");
        }
        event.applied(clock.instant());
        return event;
    }

    /**
     * Undoes an applied event by a compensating one, effective now: the tree back as it was, each account it moved
     * or disabled back at its former home, enabled as it was.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ReorgEvent undo(ReorgEvent givenOriginal, ReorgEvent givenCompensating, Restructuring steps) {
        OpenWork handedOver = outcomes.openWorkOfClosed(steps);
        RestructuringPlan done = structure.restructure(steps, givenCompensating.effectiveAt(),
                givenCompensating.id(), givenCompensating.title());
        outcomes.record(givenCompensating.id(), done, handedOver);
        ReorgEvent original = events.findById(givenOriginal.id()).orElseThrow();
        ReorgEvent compensating = events.findById(givenCompensating.id()).orElseThrow();
        Map<Long, ReorgRows.Decision> decisions = rows.decisions(original.id());
        Map<Long, @Nullable Long> moves = new LinkedHashMap<>();
        decisions.values().stream().filter(d -> d.homeUnitId() != null)
                .forEach(d -> moves.put(d.accountId(), d.homeUnitId()));
        List<AccountInfo> back = accounts.rehome(moves, "reorganisation:" + compensating.id() + " "
                + compensating.title());
        for (AccountInfo account : back) {
            ReorgRows.Decision decision = decisions.get(account.id());
            if (decision != null && Boolean.TRUE.equals(decision.wasEnabled()) && !account.enabled()) {
                account = accounts.setEnabled(account.id(), true);
            }
            tell(account, compensating, "reorg.notice.restored");
        }
        compensating.applied(clock.instant());
        original.undoneBy(compensating.id());
        publisher.publishEvent(AuditEvent.change(AuditAction.REORGANISATION_UNDONE, original.ownerUnitId(),
                "reorganisation:" + original.id(), Map.of("status", "APPLIED"),
                Map.of("status", "UNDONE", "by", "reorganisation:" + compensating.id())));
        return compensating;
    }

    static void refuseUnlessApplicable(ReorgPreview preview) {
        if (!preview.plan().canApply()) {
            RestructuringPlan.Problem first = preview.plan().problems().getFirst();
            throw new RuleViolation("reorg.error.has-problems", preview.plan().problems().size(), first.line());
        }
        if (preview.orphans() > 0) {
            throw new RuleViolation("reorg.error.orphans", preview.orphans());
        }
    }

    private void tell(AccountInfo account, ReorgEvent event, String key) {
        java.util.Locale locale = account.locale();
        String home = org.find(account.homeUnitId()).map(OrgUnitInfo::name).orElse("");
        String day = Dates.dateTime(event.effectiveAt(), locale);
        notices.notifyAccount(account, translations.getTranslation(key + ".subject", locale, event.title()),
                translations.getTranslation(key + ".body", locale, event.title(), day, account.username(), home),
                null);
    }
}
