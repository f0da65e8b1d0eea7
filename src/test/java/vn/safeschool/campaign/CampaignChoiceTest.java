package vn.safeschool.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;

/**
 * Which campaign a page opens on (issue 15 item 1): campaigns in several states and scopes, created by staff in a
 * transaction that is rolled back, then asked for as the people they concern.
 */
@SafeSchoolTest
@Transactional
class CampaignChoiceTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    OrgService org;
    @Autowired
    ChecklistService checklists;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @BeforeEach
    void asStaff() {
        as("vanphong");
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void the_default_is_the_newest_open_campaign_whose_scope_concerns_the_user_never_an_archived_one() {
        CampaignInfo province = created("TEST-CHOICE-PROVINCE", "38", LocalDate.of(2031, 1, 1));
        CampaignInfo pleikuOnly = created("TEST-CHOICE-PLEIKU", "3801", LocalDate.of(2031, 3, 10));
        CampaignInfo archived = created("TEST-CHOICE-ARCHIVED", "38", LocalDate.of(2031, 3, 15));
        campaigns.archive(archived.id());
        CampaignInfo closed = created("TEST-CHOICE-CLOSED", "38", LocalDate.of(2031, 3, 12));
        campaigns.close(closed.id());

        as("pgd.pleiku");
        assertThat(campaigns.choose(null)).map(CampaignInfo::id).contains(pleikuOnly.id());
        as("pgd.chuse");
        assertThat(campaigns.choose(null)).map(CampaignInfo::id).contains(province.id());
        as("lanhdao");
        assertThat(campaigns.choose(null)).map(CampaignInfo::id).contains(pleikuOnly.id());
    }

    @Test
    void a_closed_campaign_is_the_default_only_when_no_open_one_concerns_the_user() {
        closeAllOpen();
        CampaignInfo older = created("TEST-CHOICE-OLD", "3807", LocalDate.of(2031, 1, 5));
        campaigns.close(older.id());
        CampaignInfo newer = created("TEST-CHOICE-NEW", "38", LocalDate.of(2031, 2, 5));
        campaigns.close(newer.id());
        CampaignInfo archived = created("TEST-CHOICE-ARCH2", "3807", LocalDate.of(2031, 3, 20));
        campaigns.archive(archived.id());
        CampaignInfo elsewhere = created("TEST-CHOICE-ELSEWHERE", "3801", LocalDate.of(2031, 3, 1));

        as("pgd.chuse");
        // every campaign of Chư Sê is closed or archived; the open one of Pleiku is not theirs
        assertThat(campaigns.choose(null)).map(CampaignInfo::id).contains(newer.id());
        as("pgd.pleiku");
        assertThat(campaigns.choose(null)).map(CampaignInfo::id).contains(elsewhere.id());
    }

    @Test
    void nothing_is_chosen_when_every_campaign_that_concerns_the_user_is_archived() {
        archiveAll();
        CampaignInfo archived = created("TEST-CHOICE-ONLY-ARCH", "3807", LocalDate.of(2031, 3, 2));
        campaigns.archive(archived.id());
        created("TEST-CHOICE-PLEIKU2", "3801", LocalDate.of(2031, 3, 3));

        as("pgd.chuse");
        assertThat(campaigns.choose(null)).isEmpty();
        assertThat(campaigns.list()).extracting(CampaignInfo::id).contains(archived.id());
    }

    @Test
    void the_users_own_choice_wins_when_they_see_that_campaign_and_is_ignored_when_they_do_not() {
        CampaignInfo archived = created("TEST-CHOICE-WANTED", "38", LocalDate.of(2031, 3, 4));
        campaigns.archive(archived.id());
        CampaignInfo pleikuOnly = created("TEST-CHOICE-NOT-MINE", "3801", LocalDate.of(2031, 3, 5));

        as("pgd.chuse");
        CampaignInfo byDefault = campaigns.choose(null).orElseThrow();
        assertThat(byDefault.status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(campaigns.choose(archived.id())).map(CampaignInfo::id).contains(archived.id());
        assertThat(campaigns.choose(pleikuOnly.id())).contains(byDefault);
        assertThat(campaigns.choose(Long.MAX_VALUE)).contains(byDefault);
    }

    /** Every open campaign closed (other tests leave some behind); rolled back with the test. */
    private void closeAllOpen() {
        campaigns.list().stream().filter(c -> c.status() == CampaignStatus.OPEN).forEach(c -> campaigns.close(c.id()));
    }

    private void archiveAll() {
        campaigns.list().stream().filter(c -> c.status() != CampaignStatus.ARCHIVED)
                .forEach(c -> campaigns.archive(c.id()));
    }

    private void as(String username) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
    }

    private CampaignInfo created(String number, String scopeCode, LocalDate issued) {
        return campaigns.create(new NewCampaign(number, "Kiểm tra", issued, issued.atTime(11, 0).plusDays(4),
                org.findByCode(scopeCode).orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));
    }
}
