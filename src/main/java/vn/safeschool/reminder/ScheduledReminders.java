package vn.safeschool.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.base.Shares;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.security.Role;
import vn.safeschool.security.SystemTask;

/**
 * The reminders nobody has to send: for each open campaign, at each configured offset before its deadline, the
 * schools that have not declared; after the deadline, one digest to each district office of its schools not
 * declared or unsafe, and one to the department's staff of the offices below the completion threshold.
 * <p>
 * "Due" is computed from the application's clock, so tests move time instead of waiting. A step is taken from the
 * moment it becomes due until {@code catch-up} later — an instance that was down catches up, a campaign whose steps
 * lie further back (the demo's campaign 307, the morning after its deadline) sends nothing on start-up. Each step
 * writes one row per (campaign, unit, step); the unique key on those makes a step exactly-once even when two
 * instances take it at the same moment: the second one's transaction fails whole and sends nothing.
 */
@Component
class ScheduledReminders {

    static final String ESCALATION_DISTRICT = "escalation-district";
    static final String ESCALATION_DEPARTMENT = "escalation-department";

    private static final Logger log = LoggerFactory.getLogger(ScheduledReminders.class);
    private static final String EVERYWHERE = "/%";

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final TemplateService templates;
    private final UnitFacts facts;
    private final Recipients recipients;
    private final Composer composer;
    private final Outbox outbox;
    private final Translations translations;
    private final SystemTask system;
    private final TransactionTemplate transaction;
    private final ReminderProperties properties;
    private final Clock clock;

    ScheduledReminders(JdbcClient jdbc, CampaignService campaigns, TemplateService templates, UnitFacts facts,
            Recipients recipients, Composer composer, Outbox outbox, Translations translations, SystemTask system,
            TransactionTemplate transaction, ReminderProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.templates = templates;
        this.facts = facts;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.translations = translations;
        this.system = system;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes every step due now. @return how many units were reminded or sent a digest */
    int runDue() {
        return system.call(() -> {
            Instant now = clock.instant();
            ReminderProperties.Schedule schedule = properties.schedule();
            Duration longest = schedule.offsets().stream().max(Duration::compareTo).orElse(Duration.ZERO);
            List<Long> open = jdbc.sql("""
                    SELECT id FROM campaign WHERE status = 'OPEN' AND deadline_at > :earliest AND deadline_at < :latest""")
                    .param("earliest", Timestamp.from(now.minus(schedule.escalation().after()).minus(schedule.catchUp())))
                    .param("latest", Timestamp.from(now.plus(longest)))
                    .query(Long.class).list();
            int reached = 0;
            for (long id : open) {
                CampaignInfo campaign = campaigns.find(id).orElse(null);
                if (campaign != null) {
                    reached += due(campaign, now);
                }
            }
            return reached;
        });
    }

    private int due(CampaignInfo campaign, Instant now) {
        ReminderProperties.Schedule schedule = properties.schedule();
        int reached = 0;
        for (Duration offset : schedule.offsets()) {
            Instant at = campaign.deadline().minus(offset);
            if (within(now, at) && now.isBefore(campaign.deadline())) {
                reached += once(() -> beforeDeadline(campaign, "before-" + label(offset)));
            }
        }
        if (schedule.escalation().enabled() && within(now, campaign.deadline().plus(schedule.escalation().after()))) {
            reached += once(() -> districtDigests(campaign));
            reached += once(() -> departmentDigest(campaign));
        }
        return reached;
    }

    private boolean within(Instant now, Instant due) {
        return !now.isBefore(due) && now.isBefore(due.plus(properties.schedule().catchUp()));
    }

    /** One step in its own transaction; another instance having taken it first is not an error. */
    private int once(java.util.function.Supplier<Integer> step) {
        try {
            Integer reached = transaction.execute(status -> step.get());
            return reached == null ? 0 : reached;
        } catch (DuplicateKeyException e) {
            log.info("A scheduled reminder step was taken by another instance: {}", e.getMostSpecificCause().getMessage());
            return 0;
        }
    }

    private int beforeDeadline(CampaignInfo campaign, String step) {
        List<Long> schools = facts.schoolsIn(campaign, null, Set.of(StatusFilter.NOT_DECLARED), clock.instant());
        schools.removeAll(done(campaign.id(), step));
        if (schools.isEmpty()) {
            return 0;
        }
        Map<Long, UnitState> units = facts.of(campaign, schools, EVERYWHERE);
        Map<Long, List<Recipients.Recipient>> to = recipients.of(units.keySet(), account -> true, names(units));
        TemplateInfo template = templates.byCode(TemplateService.SCHEDULE);
        List<Outbox.UnitMessage> messages = units.values().stream().filter(u -> to.containsKey(u.id()))
                .map(u -> composer.message(campaign, template, u, to.get(u.id()))).toList();
        return write(ReminderKind.SCHEDULED, campaign, step, template, messages);
    }

    private int districtDigests(CampaignInfo campaign) {
        List<Long> offices = facts.officesOf(campaign);
        offices.removeAll(done(campaign.id(), ESCALATION_DISTRICT));
        if (offices.isEmpty()) {
            return 0;
        }
        Map<Long, UnitState> officeFacts = facts.of(campaign, offices, EVERYWHERE);
        Map<Long, List<Recipients.Recipient>> to = recipients.of(offices, account -> true, names(officeFacts));
        TemplateInfo template = templates.byCode(TemplateService.DIGEST_DISTRICT);
        List<Outbox.UnitMessage> messages = new ArrayList<>();
        for (UnitState office : officeFacts.values()) {
            List<Long> lagging = facts.schoolsIn(campaign, office.id(),
                    Set.of(StatusFilter.NOT_DECLARED, StatusFilter.UNSAFE), clock.instant());
            if (lagging.isEmpty() || !to.containsKey(office.id())) {
                continue;
            }
            List<UnitState> schools = List.copyOf(facts.of(campaign, lagging, EVERYWHERE).values());
            messages.add(composer.digest(campaign, template, office, to.get(office.id()),
                    locale -> schools.stream().map(s -> "- " + s.code() + " " + s.name() + ": "
                            + composer.status(s, locale)).collect(Collectors.joining("\n")),
                    Map.of("count", String.valueOf(schools.size()), "threshold", "")));
        }
        return write(ReminderKind.ESCALATION, campaign, ESCALATION_DISTRICT, template, messages);
    }

    private int departmentDigest(CampaignInfo campaign) {
        List<Long> offices = facts.officesOf(campaign);
        List<Long> departments = departmentsAbove(offices);
        departments.removeAll(done(campaign.id(), ESCALATION_DEPARTMENT));
        if (departments.isEmpty()) {
            return 0;
        }
        int threshold = properties.schedule().escalation().threshold();
        Map<Long, UnitState> departmentFacts = facts.of(campaign, departments, EVERYWHERE);
        Map<Long, List<Recipients.Recipient>> to = recipients.of(departments,
                account -> account.role() == Role.DEPARTMENT_STAFF, names(departmentFacts));
        TemplateInfo template = templates.byCode(TemplateService.DIGEST_DEPARTMENT);
        List<Outbox.UnitMessage> messages = new ArrayList<>();
        for (UnitState department : departmentFacts.values()) {
            List<Recipients.Recipient> staff = to.getOrDefault(department.id(), List.of()).stream()
                    .filter(r -> r.userId() != null).toList();
            List<UnitState> below = facts.of(campaign, offices, EVERYWHERE).values().stream()
                    .filter(o -> o.path().startsWith(department.path()))
                    .filter(o -> o.institutions() > 0 && o.declared() * 100 < (long) threshold * o.institutions())
                    .toList();
            if (below.isEmpty() || staff.isEmpty()) {
                continue;
            }
            messages.add(composer.digest(campaign, template, department, staff,
                    locale -> below.stream().map(o -> "- " + o.name() + ": " + Shares.format(o.declared(),
                            o.institutions(), locale) + " (" + o.declared() + "/" + o.institutions() + ")")
                            .collect(Collectors.joining("\n")),
                    Map.of("count", String.valueOf(below.size()), "threshold", threshold + " %")));
        }
        return write(ReminderKind.ESCALATION, campaign, ESCALATION_DEPARTMENT, template, messages);
    }

    private int write(ReminderKind kind, CampaignInfo campaign, String step, TemplateInfo template,
            List<Outbox.UnitMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        Outbox.Written written = outbox.write(new Outbox.Draft(kind, campaign.id(), step, template.id(), null,
                translations.getTranslation("reminder.sender.schedule", Translations.VIETNAMESE), false, messages));
        log.info("{} {} of campaign {}: {} units, {} recipients", kind, step, campaign.docNumber(), written.units(),
                written.recipients());
        return written.units();
    }

    private Set<Long> done(long campaignId, String step) {
        return new HashSet<>(jdbc.sql("SELECT unit_id FROM reminder_unit WHERE campaign_id = :c AND step = :step")
                .param("c", campaignId).param("step", step).query(Long.class).list());
    }

    /** The departments the offices lie under now. */
    private List<Long> departmentsAbove(List<Long> offices) {
        if (offices.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(jdbc.sql("""
                SELECT DISTINCT d.id FROM org_unit o JOIN org_unit d ON o.path LIKE CONCAT(d.path, '%')
                WHERE o.id IN (:ids) AND d.kind = 'DEPARTMENT' AND d.active ORDER BY d.id""")
                .param("ids", offices).query(Long.class).list());
    }

    private static Map<Long, String> names(Map<Long, UnitState> units) {
        return units.values().stream().collect(Collectors.toMap(UnitState::id, UnitState::name));
    }

    static String label(Duration offset) {
        return offset.toMinutes() % 60 == 0 ? offset.toHours() + "h" : offset.toMinutes() + "m";
    }
}
