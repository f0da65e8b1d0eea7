package vn.safeschool.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.demo.GiaLaiInstitutions.Institution;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.SystemTask;

/**
 * Loads the Gia Lai demo province once, in one transaction, before the application serves requests. Everything
 * goes through the same services the UI uses; the fixed seed makes every run produce the same province.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class GiaLaiDemoData implements SmartInitializingSingleton {

    static final String DEPARTMENT_CODE = "38";
    static final String CAMPAIGN_NUMBER = "307/SGDĐT-VP";
    // directive 307's published figures, which the demo reproduces: how many schools did not declare, and the
    // statuses the others' answers must lead to through the checklist's rule (the rest: Safe); the test recomputes
    // every school's status from its stored answers through that rule
    static final int NOT_DECLARED = 44;
    static final int UNSAFE = 27;
    static final int AT_RISK = 126;
    static final int LATE = 31;

    private static final Logger log = LoggerFactory.getLogger(GiaLaiDemoData.class);
    private static final LocalDateTime OPENS = LocalDateTime.of(2021, 2, 22, 8, 0);
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2021, 2, 25, 11, 0);

    private final OrgService org;
    private final CampaignService campaigns;
    private final ChecklistService checklists;
    private final DeclarationService declarations;
    private final DemoAccounts accounts;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final SystemTask system;
    private final AppClock clock;
    private final DemoProperties properties;
    private final DemoActivity activity;

    GiaLaiDemoData(OrgService org, CampaignService campaigns, ChecklistService checklists,
            DeclarationService declarations, DemoAccounts accounts, TransactionTemplate transaction,
            EntityManager entityManager, SystemTask system, AppClock clock, DemoProperties properties,
            DemoActivity activity) {
        this.org = org;
        this.campaigns = campaigns;
        this.checklists = checklists;
        this.declarations = declarations;
        this.accounts = accounts;
        this.transaction = transaction;
        this.entityManager = entityManager;
        this.system = system;
        this.clock = clock;
        this.properties = properties;
        this.activity = activity;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.travel()) {
            Instant now = demoNow();
            clock.travelTo(now);
            log.info("Demo clock: it is now {} in Vietnam", now.atZone(Zones.VIETNAM).toLocalDateTime());
        }
        system.run(() -> {
            if (org.findByCode(DEPARTMENT_CODE).isEmpty()) {
                long started = System.nanoTime();
                transaction.executeWithoutResult(status -> load());
                log.info("Loaded the Gia Lai demo province in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /**
     * The demo lives on the morning after the deadline, and never goes back in time across restarts: it resumes a
     * minute after the latest thing that happened in it.
     */
    private Instant demoNow() {
        Instant morningAfter = DEADLINE.plusHours(22).atZone(Zones.VIETNAM).toInstant();
        Instant latest = activity.latest();
        if (latest == null || latest.isBefore(morningAfter)) {
            return morningAfter;
        }
        Instant resumed = latest.plusSeconds(60);
        return clock.instant().isAfter(resumed) ? clock.instant() : resumed;
    }

    private void load() {
        Random random = new Random(20210222L);
        GiaLaiInstitutions province = new GiaLaiInstitutions(org, random);
        OrgUnitInfo department = province.build();
        releaseLoaded();
        ChecklistVersionInfo checklist = checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow();
        CampaignInfo campaign = campaigns.create(new NewCampaign(CAMPAIGN_NUMBER,
                "Triển khai cài đặt và sử dụng ứng dụng “An toàn COVID-19” trong trường học",
                LocalDate.of(2021, 2, 22), DEADLINE, department.id(), checklist.id(), 7, false));
        DemoAnswers answers = new DemoAnswers(checklist.rule());

        // The laggards come first: lowest score = most likely not to declare, then unsafe, then at risk.
        List<Institution> ranked = new ArrayList<>(province.institutions());
        Map<Institution, Double> score = new HashMap<>();
        ranked.forEach(i -> score.put(i, random.nextDouble() - 1.5 * i.lag()));
        ranked.sort(Comparator.comparing(score::get));
        for (int i = NOT_DECLARED; i < ranked.size(); i++) {
            SafetyStatus target = i < NOT_DECLARED + UNSAFE ? SafetyStatus.UNSAFE
                    : i < NOT_DECLARED + UNSAFE + AT_RISK ? SafetyStatus.AT_RISK : SafetyStatus.SAFE;
            boolean late = i < NOT_DECLARED + 2 * LATE && random.nextBoolean();
            declare(ranked.get(i).unit(), campaign, answers, target, late, random);
            if (i % 100 == 0) {
                releaseLoaded();
            }
        }
        accounts.create(department);
    }

    /**
     * One transaction keeps a half-loaded province from ever being seen, but its persistence context would grow
     * with every row and each query would dirty-check them all: flush what is pending and let go of it.
     */
    private void releaseLoaded() {
        entityManager.flush();
        entityManager.clear();
    }

    private void declare(OrgUnitInfo school, CampaignInfo campaign, DemoAnswers demoAnswers, SafetyStatus target,
            boolean late, Random random) {
        Instant finalAt = late ? moment(DEADLINE.plusMinutes(5), DEADLINE.plusHours(6), random)
                : moment(OPENS, DEADLINE.minusMinutes(1), random);
        if (target == SafetyStatus.SAFE && random.nextDouble() < 0.12) {
            // some schools first declared At risk, fixed what failed, and declared again
            Instant earlier = moment(OPENS, LocalDateTime.ofInstant(finalAt, Zones.VIETNAM), random);
            declarations.importSubmission(school.id(), campaign.id(),
                    demoAnswers.leadingTo(SafetyStatus.AT_RISK, random), earlier, null);
        }
        Map<Integer, AnswerInput> answers = demoAnswers.leadingTo(target, random);
        declarations.importSubmission(school.id(), campaign.id(), answers, finalAt, null);
    }

    /** A working-hours moment between two local times, in Vietnam. */
    private static Instant moment(LocalDateTime from, LocalDateTime to, Random random) {
        long minutes = Math.max(1, Duration.between(from, to).toMinutes());
        LocalDateTime at = from.plusMinutes((long) (random.nextDouble() * minutes));
        if (at.getHour() < 7 || at.getHour() >= 18) {
            at = at.withHour(7 + random.nextInt(10));
        }
        if (at.isBefore(from)) {
            at = from;
        }
        if (at.isAfter(to)) {
            at = to;
        }
        return at.atZone(Zones.VIETNAM).toInstant();
    }
}
