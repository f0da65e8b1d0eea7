package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.DeclarationAbilities;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.CorrectiveStatus;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.FollowUpType;
import vn.safeschool.followup.NewFollowUp;
import vn.safeschool.letter.LetterService;
import vn.safeschool.letter.LetterTemplateInfo;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.UnitKind;
import vn.safeschool.reminder.ReminderAbilities;
import vn.safeschool.reminder.ReminderRequest;
import vn.safeschool.reminder.ReminderService;
import vn.safeschool.reminder.TemplateService;

/**
 * What a service tells its views the user may do is what the service then lets the user do, for each of the four
 * roles: manage campaigns, save the letter template, remind units, remind offices, open follow-ups (for a unit), set
 * the corrective hours, mark a school's items fixed, and write, re-confirm and reopen a school's declaration. The
 * views show the buttons by these answers; each case rolls back.
 */
@SafeSchoolTest
@Transactional
class AbilitiesTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    LetterService letters;
    @Autowired
    ReminderService reminders;
    @Autowired
    TemplateService templates;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DeclarationService declarations;
    @Autowired
    java.time.Clock clock;
    @Autowired
    OrgService org;
    @Autowired
    FollowUpService followUps;
    @Autowired
    CorrectiveService corrective;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanhdao", "vanphong", "pgd.pleiku", "ht.pleiku"})
    void a_user_may_manage_campaigns_exactly_when_the_service_lets_them_close_one(String username) {
        CampaignInfo campaign = system.call(() -> campaigns.create(new NewCampaign("NL-" + System.nanoTime()
                % 1_000_000, "Kiểm tra quyền", LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 9, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);

        assertThat(campaigns.mayManage()).isEqualTo(passesTheRole(() -> campaigns.close(campaign.id())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanhdao", "vanphong", "pgd.pleiku", "ht.pleiku"})
    void a_user_may_edit_the_letter_template_exactly_when_the_service_lets_them_save_it(String username) {
        long campaign = campaign307();
        LetterTemplateInfo template = system.call(() -> letters.template(campaign));
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);

        assertThat(letters.mayEditTemplates()).isEqualTo(passesTheRole(() -> letters.saveTemplate(campaign,
                template.with(template.fields().withBody("Kiểm tra quyền: {safe}/{total}.")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanhdao", "vanphong", "pgd.pleiku", "ht.pleiku"})
    void a_user_may_remind_and_remind_offices_exactly_when_the_service_lets_them(String username) {
        long campaign = campaign307();
        long declare = system.call(() -> templates.list()).stream().filter(t -> t.code().equals("declare"))
                .findFirst().orElseThrow().id();
        // an office inside every jurisdiction but the principal's, and nobody's own unit
        long commune = system.call(() -> org.create(new NewOrgUnit(org.findByCode("3801").orElseThrow().id(),
                "3801X" + System.nanoTime() % 10_000, "Xã thử quyền nhắc", null, UnitKind.COMMUNE, null, null,
                null))).id();
        long school = system.call(() -> org.findByCode("38010002")).orElseThrow().id();
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
        ReminderAbilities may = reminders.abilities();

        assertThat(may.remind()).isEqualTo(passesTheRole(() -> reminders.plan(ReminderRequest.of(campaign,
                List.of(school), declare))));
        assertThat(may.remindOffices()).isEqualTo(may.remind() && !refused("reminder.error.schools-only",
                () -> reminders.plan(ReminderRequest.of(campaign, List.of(commune), declare))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanhdao", "vanphong", "pgd.pleiku", "ht.pleiku"})
    void a_user_may_open_follow_ups_exactly_when_the_service_lets_them_open_one(String username) {
        long campaign = campaign307();
        long office = system.call(() -> org.findByCode("3801")).orElseThrow().id();
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);

        assertThat(followUps.mayOpen()).isEqualTo(passesTheRole(() -> followUps.open(review(campaign),
                List.of(office))));
    }

    /** Offices below the department, a Pleiku school, a Chư Sê school: below, beside and outside each user's unit. */
    @ParameterizedTest
    @CsvSource({"lanhdao,3801", "lanhdao,38010002", "vanphong,3807", "pgd.pleiku,38010002", "pgd.pleiku,3801",
            "pgd.pleiku,38070001", "ht.pleiku,38010002", "ht.pleiku,38010001"})
    void a_user_may_open_a_follow_up_for_a_unit_exactly_when_the_service_opens_one_for_it(String username,
            String unitCode) {
        long campaign = campaign307();
        long unit = system.call(() -> org.findByCode(unitCode)).orElseThrow().id();
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);

        assertThat(followUps.mayOpenFor(unit)).isEqualTo(succeeds(() -> followUps.open(review(campaign),
                List.of(unit))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanhdao", "vanphong", "pgd.pleiku", "ht.pleiku"})
    void a_user_may_set_the_corrective_hours_exactly_when_the_service_lets_them(String username) {
        long campaign = campaign307();
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);

        assertThat(corrective.maySetCorrectiveHours()).isEqualTo(passesTheRole(
                () -> corrective.setCorrectiveHours(campaign, 24)));
    }

    /** The principal's own school and the next Pleiku school, each with an open item. */
    @ParameterizedTest
    @CsvSource({"lanhdao,38010001", "vanphong,38010001", "pgd.pleiku,38010001", "ht.pleiku,38010001",
            "ht.pleiku,38010002"})
    void a_user_may_mark_a_schools_items_fixed_exactly_when_the_service_lets_them(String username,
            String schoolCode) {
        long campaign = campaign307();
        long school = system.call(() -> org.findByCode(schoolCode)).orElseThrow().id();
        CorrectiveItemInfo item = system.call(() -> {
            declarations.importSubmission(school, campaign, FollowUpFixture.failing(4), clock.instant(), null);
            return corrective.items(school).stream().filter(i -> i.campaignId() == campaign
                    && i.status() == CorrectiveStatus.OPEN).findFirst().orElseThrow();
        });
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);

        assertThat(corrective.mayMarkFixed(school)).isEqualTo(succeeds(() -> corrective.markFixed(item.id(),
                item.version(), "Đã khắc phục")));
    }

    private NewFollowUp review(long campaign) {
        return new NewFollowUp(campaign, FollowUpType.OTHER, "Kiểm tra quyền", "Báo cáo",
                clock.instant().plus(java.time.Duration.ofDays(3)));
    }

    /** A campaign of the test's own, and what it does with the school's submissions now. */
    enum CampaignState { OPEN, LOCKED, CLOSED }

    @ParameterizedTest
    @CsvSource({"lanhdao,OPEN", "vanphong,OPEN", "pgd.pleiku,OPEN", "ht.pleiku,OPEN",
            "lanhdao,LOCKED", "vanphong,LOCKED", "pgd.pleiku,LOCKED", "ht.pleiku,LOCKED",
            "lanhdao,CLOSED", "vanphong,CLOSED", "pgd.pleiku,CLOSED", "ht.pleiku,CLOSED"})
    void a_user_may_write_reconfirm_and_reopen_a_declaration_exactly_when_the_service_lets_them(String username,
            CampaignState state) {
        // the principal's own school, inside every jurisdiction; declared once, so that there is something to confirm
        long school = system.call(() -> org.findByCode("38010001")).orElseThrow().id();
        long campaign = declaredCampaign(school, state);
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
        DeclarationAbilities may = declarations.details(school, campaign).may();

        assertThat(may.declares()).isEqualTo(passesTheRole(() -> declarations.submit(school, campaign,
                FollowUpFixture.failing(), loaded(school, campaign))) || passesTheRole(() -> declarations
                .submitOnBehalf(school, campaign, FollowUpFixture.failing(), loaded(school, campaign), "Kiểm tra")));
        assertThat(may.onBehalf()).isEqualTo(passesTheRole(() -> declarations.submitOnBehalf(school, campaign,
                FollowUpFixture.failing(), loaded(school, campaign), "Kiểm tra quyền")));
        assertThat(may.submit()).isEqualTo(succeeds(() -> declarations.submit(school, campaign,
                FollowUpFixture.failing(3), loaded(school, campaign))) || succeeds(() -> declarations.submitOnBehalf(
                school, campaign, FollowUpFixture.failing(3), loaded(school, campaign), "Kiểm tra quyền")));
        assertThat(may.reconfirm()).isEqualTo(succeeds(() -> declarations.reconfirm(school, campaign,
                loaded(school, campaign))));
        // last: a reopening lets the school in, which would change what the calls above were answered
        assertThat(may.reopen()).isEqualTo(succeeds(() -> declarations.reopen(school, campaign,
                clock.instant().plus(java.time.Duration.ofDays(2)), "Mất điện đúng hôm hạn chót")));
    }

    /** Open: its deadline ahead; locked: its locked deadline passed; closed: closed after the school declared. */
    private long declaredCampaign(long school, CampaignState state) {
        LocalDateTime deadline = state == CampaignState.OPEN ? LocalDateTime.now(clock).plusDays(30)
                : LocalDateTime.of(2021, 1, 10, 11, 0);
        long campaign = system.call(() -> campaigns.create(new NewCampaign("KB-" + System.nanoTime() % 1_000_000,
                "Kiểm tra quyền khai báo", LocalDate.of(2020, 10, 1), deadline, org.findByCode("38").orElseThrow()
                .id(), checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, true))).id();
        system.run(() -> declarations.importSubmission(school, campaign, FollowUpFixture.failing(), clock.instant(),
                null));
        if (state == CampaignState.CLOSED) {
            system.run(() -> campaigns.close(campaign));
        }
        return campaign;
    }

    private long loaded(long school, long campaign) {
        return system.call(() -> declarations.find(school, campaign)).orElseThrow().version();
    }

    private long campaign307() {
        return system.call(() -> campaigns.findByDocNumber("307/SGDĐT-VP")).orElseThrow().id();
    }

    /** Whether the call got past the role guard: it may still be refused for what it asks, never for who asks. */
    private static boolean passesTheRole(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        } catch (RuleViolation e) {
            return true;
        }
    }

    /** Whether the call did what it was asked: neither the role nor the rules refused it. */
    private static boolean succeeds(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AccessDeniedException | RuleViolation e) {
            return false;
        }
    }

    private static boolean refused(String key, Runnable call) {
        try {
            call.run();
            return false;
        } catch (RuleViolation e) {
            return key.equals(e.messageKey());
        } catch (AccessDeniedException e) {
            return true;
        }
    }
}
