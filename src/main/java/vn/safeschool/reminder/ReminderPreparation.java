package vn.safeschool.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.security.CurrentUser;
import vn.safeschool.security.Role;

/**
 * A reminder by hand made ready ({@link ReminderService#plan} shows it, {@link ReminderService#send} writes it):
 * the units asked checked against who may remind whom, the lagging schools below the offices if asked, those the
 * template does not speak to and those reminded lately set aside, and the messages written for each recipient.
 */
@Component
class ReminderPreparation {

    private final CampaignService campaigns;
    private final TemplateService templates;
    private final Jurisdiction jurisdiction;
    private final CurrentUser currentUser;
    private final UnitFacts facts;
    private final Recipients recipients;
    private final Composer composer;
    private final ReminderQueries queries;
    private final MailSwitch mail;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderPreparation(CampaignService campaigns, TemplateService templates, Jurisdiction jurisdiction,
            CurrentUser currentUser, UnitFacts facts, Recipients recipients, Composer composer,
            ReminderQueries queries, MailSwitch mail, ReminderProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.jurisdiction = jurisdiction;
        this.currentUser = currentUser;
        this.facts = facts;
        this.recipients = recipients;
        this.composer = composer;
        this.queries = queries;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param recipients        the people and addresses that will receive it (with e-mail off, the accounts only)
     * @param withoutRecipients units nobody can receive it at: no account, and no address or e-mail off
     * @param notConcerned      schools the template does not speak to ({@link Audience})
     */
    record Prepared(CampaignInfo campaign, TemplateInfo template, List<Outbox.UnitMessage> messages,
            int recipients, List<ReminderPlan.Throttled> throttled, List<String> withoutRecipients,
            List<String> notConcerned) {

        /**
         * Why nothing would be sent, or null: the throttle first (forcing helps), then nobody reachable, nobody
         * concerned.
         */
        ReminderPlan.@Nullable Refusal refusal(boolean force) {
            if (!messages().isEmpty()) {
                return null;
            }
            if (!force && !throttled().isEmpty()) {
                return new ReminderPlan.Refusal("reminder.error.all-throttled", throttled().size());
            }
            if (!withoutRecipients().isEmpty()) {
                return new ReminderPlan.Refusal("reminder.error.nobody-reachable", withoutRecipients().size());
            }
            if (!notConcerned().isEmpty()) {
                return new ReminderPlan.Refusal("reminder.error.none-concerned", notConcerned().size());
            }
            return new ReminderPlan.Refusal("reminder.error.nobody", 0);
        }
    }

    /** The reminder the request asks for, checked and written out, not yet sent. */
    Prepared prepare(ReminderRequest request) {
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
    private void checkTargets(Collection<UnitState> chosen, CampaignInfo campaign) {
        String home = jurisdiction.homePath();
        Set<Long> members = facts.membersAmong(campaign,
                chosen.stream().filter(UnitState::school).map(UnitState::id).toList());
        boolean schoolsOnly = remindsSchoolsOnly();
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

    /** A district admin reminds the schools of their district, never an office; the department reminds both. */
    boolean remindsSchoolsOnly() {
        return !currentUser.isSystem() && currentUser.hasRole(Role.DISTRICT_ADMIN);
    }
}
