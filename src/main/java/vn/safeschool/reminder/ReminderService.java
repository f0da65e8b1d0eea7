package vn.safeschool.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RoleGuard;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.CurrentUser;

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
    private final Jurisdiction jurisdiction;
    private final CurrentUser currentUser;
    private final RoleGuard guard;
    private final ReminderPreparation preparation;
    private final Outbox outbox;
    private final ReminderQueries queries;
    private final MailSwitch mail;
    private final ReminderProperties properties;
    private final ApplicationEventPublisher events;

    ReminderService(CampaignService campaigns, Jurisdiction jurisdiction, CurrentUser currentUser, RoleGuard guard,
            ReminderPreparation preparation, Outbox outbox, ReminderQueries queries, MailSwitch mail,
            ReminderProperties properties, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.currentUser = currentUser;
        this.guard = guard;
        this.preparation = preparation;
        this.outbox = outbox;
        this.queries = queries;
        this.mail = mail;
        this.properties = properties;
        this.events = events;
    }

    /**
     * What the current user may do with reminders, by the rules {@link #plan} and {@link #send} enforce: the role
     * they are guarded with, and who may remind offices ({@link ReminderPreparation#remindsSchoolsOnly}).
     */
    @PreAuthorize(Roles.IS_USER)
    public ReminderAbilities abilities() {
        boolean remind = guard.passes(Roles.IS_REMINDER_SENDER);
        return new ReminderAbilities(remind, remind && !preparation.remindsSchoolsOnly());
    }

    /** What {@link #send} would do with this request, without doing it: counts, throttled units, previews. */
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public ReminderPlan plan(ReminderRequest request) {
        ReminderPreparation.Prepared prepared = preparation.prepare(request);
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
                prepared.refusal(request.force()));
    }

    /**
     * Reminds the units: the reminder, its units and its deliveries are written in this transaction (the outbox);
     * the e-mails leave with the delivery worker. Refused, with the plan's reason, when nobody is left to remind or
     * nobody can receive it.
     */
    @Transactional
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public ReminderResult send(ReminderRequest request) {
        ReminderPreparation.Prepared prepared = preparation.prepare(request);
        ReminderPlan.@Nullable Refusal refusal = prepared.refusal(request.force());
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
}
