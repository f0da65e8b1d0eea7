package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
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
 * roles: manage campaigns, save the letter template, remind units, remind offices. The views show the buttons by
 * these answers; each case rolls back.
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
    OrgService org;
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
