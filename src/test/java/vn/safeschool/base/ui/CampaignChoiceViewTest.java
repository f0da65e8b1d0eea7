package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
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
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.CampaignStatus;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.dashboard.ui.DashboardView;
import vn.safeschool.followup.ui.FollowUpBoardView;
import vn.safeschool.letter.ui.LettersView;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.ui.HierarchyView;

/**
 * Issue 15 item 1 on the pages with a campaign selector: they open on the open campaign, not on a newer archived
 * one, and a campaign chosen on one of them is the campaign of the next and stands in the address. The campaigns
 * created here are rolled back with the test's transaction.
 */
@SafeSchoolTest
@Transactional
class CampaignChoiceViewTest extends SpringBrowserlessTest {

    private static final List<String> SELECTORS = List.of("campaign", "oversight-campaign", "letter-campaign",
            "followup-campaign");

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OrgService org;
    @Autowired
    ChecklistService checklists;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    private CampaignInfo archived;
    private CampaignInfo closed;

    @BeforeEach
    void campaignsInOtherStates() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        archived = created("TEST-VIEW-ARCHIVED", LocalDate.of(2032, 3, 20));
        campaigns.archive(archived.id());
        closed = created("TEST-VIEW-CLOSED", LocalDate.of(2032, 3, 10));
        campaigns.close(closed.id());
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void every_page_opens_on_the_open_campaign_not_on_a_newer_archived_or_closed_one() {
        // 307, unless a test left a newer open campaign behind: the newest open one in any case
        String open = campaigns.choose(null).orElseThrow().docNumber();
        assertThat(campaigns.findByDocNumber(open).orElseThrow().status()).isEqualTo(CampaignStatus.OPEN);
        navigate(DashboardView.class);
        assertThat(chosen("campaign")).isEqualTo(open);
        navigate(HierarchyView.class);
        assertThat(chosen("oversight-campaign")).isEqualTo(open);
        navigate(LettersView.class);
        assertThat(chosen("letter-campaign")).isEqualTo(open);
        navigate(FollowUpBoardView.class);
        assertThat(chosen("followup-campaign")).isEqualTo(open);
    }

    @Test
    void a_campaign_chosen_on_one_page_is_kept_on_the_others_and_written_into_the_address() {
        navigate(HierarchyView.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        test(this.<CampaignInfo>combo("oversight-campaign")).selectItem(closed.docNumber() + " — " + closed.title());

        assertThat(addressWrites()).contains("oversight?campaign=" + closed.id());
        navigate(LettersView.class);
        // the page entered, not the one left, gets the parameter
        assertThat(addressWrites()).contains("letters?campaign=" + closed.id());
        assertThat(chosen("letter-campaign")).isEqualTo(closed.docNumber());
        navigate(DashboardView.class);
        assertThat(chosen("campaign")).isEqualTo(closed.docNumber());
        navigate(FollowUpBoardView.class);
        assertThat(chosen("followup-campaign")).isEqualTo(closed.docNumber());
    }

    @Test
    void the_address_names_the_campaign_and_wins_over_the_session() {
        UI.getCurrent().navigate(LettersView.class, QueryParameters.of("campaign", String.valueOf(archived.id())));
        assertThat(chosen("letter-campaign")).isEqualTo(archived.docNumber());
        UI.getCurrent().navigate(HierarchyView.class, QueryParameters.of("campaign", String.valueOf(closed.id())));
        assertThat(chosen("oversight-campaign")).isEqualTo(closed.docNumber());
        navigate(DashboardView.class);
        assertThat(chosen("campaign")).isEqualTo(closed.docNumber());
    }

    private String chosen(String id) {
        assertThat(SELECTORS).contains(id);
        CampaignInfo value = this.<CampaignInfo>combo(id).getValue();
        return value == null ? "(none)" : value.docNumber();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    /** The addresses the page asked the browser to show (History.replaceState's argument). */
    private List<String> addressWrites() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .flatMap(i -> i.getParameters().stream().map(String::valueOf)).toList();
    }

    private CampaignInfo created(String number, LocalDate issued) {
        return campaigns.create(new NewCampaign(number, "Kiểm tra chọn đợt", issued, issued.atTime(11, 0).plusDays(4),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));
    }
}
