package vn.safeschool.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.CurrentUser;
import vn.safeschool.security.Role;

/**
 * Reminding units by hand, and what became of reminders. Department leadership and staff remind district offices
 * and direct units (and, if they ask, the lagging schools under those offices); a district admin reminds the schools
 * of their district; a principal reminds nobody. Every unit and every recipient lies inside the sender's
 * jurisdiction — a unit outside it answers like a missing one. A unit reminded about the campaign within the
 * throttle interval is held back unless the sender forces it.
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    /** How many of the messages the dialog shows before sending. */
    static final int PREVIEWS = 3;
    static final int DELIVERY_LIMIT = 2_000;

    private final CampaignService campaigns;
    private final TemplateService templates;
    private final Jurisdiction jurisdiction;
    private final CurrentUser currentUser;
    private final UnitFacts facts;
    private final Recipients recipients;
    private final Composer composer;
    private final Outbox outbox;
    private final ReminderQueries queries;
    private final MailSwitch mail;
    private final ReminderProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderService(CampaignService campaigns, TemplateService templates, Jurisdiction jurisdiction,
            CurrentUser currentUser, UnitFacts facts, Recipients recipients, Composer composer, Outbox outbox, ReminderQueries queries, MailSwitch mail, ReminderProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.jurisdiction = jurisdiction;
        this.currentUser = currentUser;
        this.facts = facts;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.queries = queries;
        this.mail = mail;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What {@link #send} would do with this request, without doing it: counts, throttled units, previews. */
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public ReminderPlan plan(ReminderRequest request) {
        Prepared prepared = prepare(request);
        List<ReminderPlan.Preview> previews = new ArrayList<>();
        int inbox = 0;
        int emails = 0;
        for (Outbox.UnitMessage unit : prepared.messages()) {
            for (Outbox.RecipientMessage message : unit.recipientMessages()) {
                inbox += message.userId() == null ? 0 : 1;
                emails += message.email() == null ? 0 : 1;
                if (previews.size() < PREVIEWS) {
                    String to = message.email() == null ? message.name() : message.name() + " <" + message.email() + ">";
                    previews.add(new ReminderPlan.Preview(to, message.userId() == null ? Channel.EMAIL : Channel.INBOX,
                            message.subject(), message.body()));
                }
            }
        }
        return new ReminderPlan(prepared.messages().size(), prepared.recipients(), inbox, emails,
                prepared.throttled(), prepared.withoutRecipients(), prepared.notConcerned(), previews, mail.on(),
                refusal(prepared, request.force()));
    }

    /**
     * Reminds the units: the reminder, its units and its deliveries are written in this transaction (the outbox);
     * the e-mails leave with the delivery worker. Refused, with the plan's reason, when nobody is left to remind or
     * nobody can receive it.
     */
    @Transactional
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public ReminderResult send(ReminderRequest request) {
        Prepared prepared = prepare(request);
        ReminderPlan.@Nullable Refusal refusal = refusal(prepared, request.force());
        if (refusal != null) {
            throw new RuleViolation(refusal.key(), refusal.count());
        }
        Long senderId = currentUser.get().map(AccountInfo::id).orElse(null);
        String senderName = currentUser.get().map(AccountInfo::fullName).orElse("SafeSchool");
        boolean forced = request.force() && !prepared.throttled().isEmpty();
        Outbox.Written written = outbox.write(new Outbox.Draft(ReminderKind.MANUAL, prepared.campaign().id(), null,
                prepared.template().id(), senderId, senderName, forced, prepared.messages()));
        Map<String, String> after = new LinkedHashMap<>();
        after.put("campaign", prepared.campaign().docNumber());
        after.put("template", prepared.template().code());
        after.put("units", String.valueOf(written.units()));
        after.put("recipients", String.valueOf(written.recipients()));
        after.put("forced", String.valueOf(forced));
        events.publishEvent(AuditEvent.change(AuditAction.REMINDERS_SENT, currentUser.homeUnitId().orElse(null),
                "reminder:" + written.reminderId(), Map.of(), after));
        return new ReminderResult(written.reminderId(), written.units(), prepared.recipients(),
                forced ? 0 : prepared.throttled().size(), prepared.withoutRecipients().size(),
                prepared.notConcerned().size());
    }

    /** Why nothing would be sent, or null: the throttle first (forcing helps), then nobody reachable, nobody concerned. */
    private static ReminderPlan.@Nullable Refusal refusal(Prepared prepared, boolean force) {
        if (!prepared.messages().isEmpty()) {
            return null;
        }
        if (!force && !prepared.throttled().isEmpty()) {
            return new ReminderPlan.Refusal("reminder.error.all-throttled", prepared.throttled().size());
        }
        if (!prepared.withoutRecipients().isEmpty()) {
            return new ReminderPlan.Refusal("reminder.error.nobody-reachable", prepared.withoutRecipients().size());
        }
        if (!prepared.notConcerned().isEmpty()) {
            return new ReminderPlan.Refusal("reminder.error.none-concerned", prepared.notConcerned().size());
        }
        return new ReminderPlan.Refusal("reminder.error.nobody", 0);
    }

    /** The reminders that reached units of the user's jurisdiction, newest first; optionally of one campaign. */
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public List<ReminderLogEntry> log(@Nullable Long campaignId, int offset, int limit) {
        return queries.log(jurisdiction.pathPattern(), campaignId, Math.max(0, offset), Math.max(1, limit));
    }

    /** A reminder's deliveries to the units of the user's jurisdiction; {@link NotFound} if it reached none. */
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public List<DeliveryInfo> deliveries(long reminderId) {
        List<DeliveryInfo> found = queries.deliveries(reminderId, jurisdiction.pathPattern(), DELIVERY_LIMIT);
        if (found.isEmpty()) {
            throw new NotFound();
        }
        return found;
    }

    /** The unit's reminders per campaign, for its page; {@link NotFound} outside the jurisdiction. */
    @PreAuthorize(Roles.IS_USER)
    public List<UnitReminders> unitHistory(long unitId) {
        jurisdiction.require(unitId);
        return queries.ofUnit(unitId, jurisdiction.pathPattern());
    }

    /** Of the schools of the user's jurisdiction reminded about the campaign, how many then declared. */
    @PreAuthorize(Roles.IS_USER)
    public Effectiveness effectiveness(long campaignId) {
        CampaignInfo campaign = campaigns.find(campaignId).orElseThrow(NotFound::new);
        return queries.effectiveness(campaign.id(), jurisdiction.pathPattern());
    }

    /**
     * The moments still to come at which the schedule reminds the campaign's undeclared schools or sends its
     * escalation digests: what a reorganisation taking effect before them redirects to the new tree.
     */
    @PreAuthorize(Roles.IS_STAFF)
    public List<Instant> scheduledAfter(long campaignId, Instant moment) {
        CampaignInfo campaign = campaigns.find(campaignId).orElseThrow(NotFound::new);
        ReminderProperties.Schedule schedule = properties.schedule();
        if (campaign.closedAt() != null || !schedule.enabled()) {
            return List.of();
        }
        List<Instant> due = new ArrayList<>();
        schedule.offsets().forEach(offset -> due.add(campaign.deadline().minus(offset)));
        if (schedule.escalation().enabled()) {
            due.add(campaign.deadline().plus(schedule.escalation().after()));
        }
        return due.stream().filter(at -> at.isAfter(moment)).sorted().toList();
    }

    /**
     * @param recipients        the people and addresses that will receive it (with e-mail off, the accounts only)
     * @param withoutRecipients units nobody can receive it at: no account, and no address or e-mail off
     * @param notConcerned      schools the template does not speak to ({@link Audience})
     */
    private record Prepared(CampaignInfo campaign, TemplateInfo template, List<Outbox.UnitMessage> messages,
            int recipients, List<ReminderPlan.Throttled> throttled, List<String> withoutRecipients,
            List<String> notConcerned) {
    }

    private Prepared prepare(ReminderRequest request) {
        CampaignInfo campaign = campaigns.find(request.campaignId()).orElseThrow(NotFound::new);
        TemplateInfo template = templates.byId(request.templateId());
        if (template.digest()) {
            throw new RuleViolation("reminder.error.digest-template");
        }
        Set<Long> asked = new LinkedHashSet<>(request.unitIds());
        if (asked.isEmpty()) {
            throw new RuleViolation("reminder.error.no-units");
        }
        String scope = jurisdiction.pathPattern();
        Map<Long, UnitState> chosen = facts.of(campaign, asked, scope);
        if (chosen.size() != asked.size()) {
            throw new NotFound();
        }
        checkTargets(chosen.values(), campaign);
        Map<Long, UnitState> targets = new LinkedHashMap<>(chosen);
        Instant staleBefore = clock.instant().minus(Duration.ofDays(campaign.freshnessDays()));
        if (request.schoolsBelow()) {
            Set<StatusFilter> statuses = request.statuses().isEmpty() ? StatusFilter.LAGGING : request.statuses();
            List<Long> below = new ArrayList<>();
            chosen.values().stream().filter(f -> !f.school()).forEach(office -> below.addAll(facts.schoolsIn(
                    campaign, office.id(), statuses, staleBefore)));
            below.removeAll(targets.keySet());
            targets.putAll(facts.of(campaign, below, scope));
        }
        List<String> notConcerned = new ArrayList<>();
        targets.values().removeIf(unit -> {
            boolean skipped = !Audience.concerns(template, unit, staleBefore);
            if (skipped) {
                notConcerned.add(unit.name());
            }
            return skipped;
        });
        Map<Long, String> names = new HashMap<>();
        targets.values().forEach(f -> names.put(f.id(), f.name()));
        Map<Long, ReminderPlan.Throttled> throttled = queries.remindedSince(campaign.id(), targets.keySet(),
                clock.instant().minus(properties.throttle()), names);
        if (!request.force()) {
            throttled.keySet().forEach(targets::remove);
        }
        Map<Long, List<Recipients.Recipient>> byUnit = recipients.of(targets.keySet(), account -> true, names);
        List<Outbox.UnitMessage> messages = new ArrayList<>();
        List<String> nobody = new ArrayList<>();
        int reached = 0;
        boolean mailOn = mail.on();
        for (UnitState unit : targets.values()) {
            List<Recipients.Recipient> to = byUnit.getOrDefault(unit.id(), List.of());
            // an address is nobody while e-mail is off: a unit with only addresses is not reminded, but named
            long receiving = to.stream().filter(r -> r.userId() != null || mailOn).count();
            if (receiving == 0) {
                nobody.add(unit.name());
                continue;
            }
            // a reachable unit's e-mails are still written, recorded as not sent while e-mail is off
            messages.add(composer.message(campaign, template, unit, to));
            reached += (int) receiving;
        }
        return new Prepared(campaign, template, messages, reached, List.copyOf(throttled.values()), nobody,
                notConcerned);
    }

    /** Who may be reminded by whom: never the sender's own unit; a district admin only schools; the campaign's. */
    private void checkTargets(java.util.Collection<UnitState> chosen, CampaignInfo campaign) {
        String home = jurisdiction.homePath();
        Set<Long> members = facts.membersAmong(campaign,
                chosen.stream().filter(UnitState::school).map(UnitState::id).toList());
        boolean schoolsOnly = !currentUser.isSystem() && currentUser.hasRole(Role.DISTRICT_ADMIN);
        for (UnitState unit : chosen) {
            if (unit.path().equals(home)) {
                throw new RuleViolation("reminder.error.own-unit", unit.name());
            }
            if (schoolsOnly && !unit.school()) {
                throw new RuleViolation("reminder.error.schools-only", unit.name());
            }
            // an office is the campaign's when it has schools of it (they may have come to it since it was issued)
            if (unit.school() ? !members.contains(unit.id()) : unit.institutions() == 0) {
                throw new RuleViolation("reminder.error.outside-campaign", unit.name(), campaign.docNumber());
            }
        }
    }
}
