package vn.safeschool.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.CorrectiveStatus;
import vn.safeschool.followup.FollowUpCases;
import vn.safeschool.followup.FollowUpFilter;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.oversight.ui.HierarchyView;
import vn.safeschool.security.SystemTask;

/**
 * The follow-up feature where other pages show it: the oversight grid's "Mở theo dõi", the unit page's tab with the
 * corrective items a principal marks fixed, and the district admin's dashboard. Rolled back.
 */
@SafeSchoolTest
@Transactional
class FollowUpUnitViewTest extends SpringBrowserlessTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpCases fixture;
    @Autowired
    CorrectiveService corrective;
    @Autowired
    DeclarationService declarations;
    @Autowired
    RollupService rollups;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void staff_open_a_follow_up_for_the_offices_selected_in_the_oversight_grid() {
        FollowUpFixture.as("vanphong", users, contexts);
        navigate(HierarchyView.class);
        long campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id();
        UnitRollup pleiku = rollups.of(RollupFilter.now(campaign), id("3801"));
        UnitRollup school = rollups.of(RollupFilter.now(campaign), id("38010001"));
        @SuppressWarnings("unchecked")
        TreeGrid<UnitRollup> grid = $(TreeGrid.class).id("oversight-grid");
        grid.select(pleiku);
        grid.select(school);

        test(actionButton()).click();
        OpenFollowUpDialog dialog = $(OpenFollowUpDialog.class).single();

        assertThat(dialog.choice.getValue()).isEqualTo(OpenFollowUpDialog.Choice.SELECTED);
        assertThat(test(dialog.units).size()).as("only the unit one level below the department").isEqualTo(1);
        test(dialog.confirm).click();
        assertThat(followUps.list(FollowUpFilter.campaign(campaign), 0, 10))
                .extracting(c -> c.assigneeCode()).containsExactly("3801");
    }

    @Test
    void a_principal_gets_no_follow_up_action_on_the_oversight_grid() {
        FollowUpFixture.as("ht.pleiku", users, contexts);
        navigate(HierarchyView.class);

        assertThat($(Button.class).all()).noneMatch(b -> "Mở theo dõi".equals(b.getText()));
    }

    @Test
    void the_principal_marks_a_corrective_item_fixed_on_the_schools_tab() {
        CampaignInfo campaign = FollowUpFixture.campaign(system, campaigns, checklists, org,
                "TEST-TAB-" + System.nanoTime());
        long school = id("38010001");
        FollowUpFixture.as("ht.pleiku", users, contexts);
        declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 11), null);
        CorrectiveItemInfo item = corrective.items(school).stream().filter(i -> i.campaignId() == campaign.id())
                .filter(i -> i.criterion().number() == 4).findFirst().orElseThrow();

        UI.getCurrent().navigate("units/" + school);
        test($(TabSheet.class).id("unit-tabs")).select("Theo dõi, chấn chỉnh");
        markFixedButton(item.id()).click();
        $(TextArea.class).id("fixed-note").setValue("Đã bố trí phòng cách ly tạm thời");
        test($(Button.class).id("save-fixed")).click();

        assertThat(corrective.items(school).stream().filter(i -> i.id() == item.id()).findFirst().orElseThrow()
                .status()).isEqualTo(CorrectiveStatus.FIXED);
        assertThat(markFixedButton(item.id())).as("a fixed item has no button any more").isNull();
        assertThat($(Button.class).withId("unit-open-followup").all()).isEmpty();
    }

    @Test
    void the_principals_link_to_report_a_fix_opens_the_follow_up_tab_of_the_schools_page() {
        CampaignInfo campaign = FollowUpFixture.campaign(system, campaigns, checklists, org,
                "TEST-LINK-" + System.nanoTime());
        long school = id("38010001");
        FollowUpFixture.as("ht.pleiku", users, contexts);
        declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 11), null);
        FollowUpAlerts alerts = new FollowUpAlerts(followUps, corrective, org.find(school).orElseThrow(), campaign);
        UI.getCurrent().add(alerts);

        Anchor go = $(Anchor.class).withText("Xem và báo đã khắc phục").single();
        assertThat(go.getHref()).isEqualTo("units/" + school + "?tab=followup");
        UI.getCurrent().navigate("units/" + school, QueryParameters.fromString("tab=followup"));

        TabSheet tabs = $(TabSheet.class).id("unit-tabs");
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Theo dõi, chấn chỉnh");
    }

    @Test
    void a_district_admin_opens_a_follow_up_for_a_school_from_its_page_but_reads_only_on_another_level() {
        FollowUpFixture.as("pgd.pleiku", users, contexts);

        UI.getCurrent().navigate("units/" + id("38010002"));
        test($(TabSheet.class).id("unit-tabs")).select("Theo dõi, chấn chỉnh");
        assertThat($(Button.class).withId("unit-open-followup").all()).hasSize(1);
        assertThat($(Div.class).id("unit-followups").getElement().getTextRecursively())
                .contains("Mục khắc phục theo tiêu chí chưa đạt");

        UI.getCurrent().navigate("units/" + id("3801"));
        test($(TabSheet.class).id("unit-tabs")).select("Theo dõi, chấn chỉnh");
        assertThat($(Button.class).withId("unit-open-followup").all()).isEmpty();
    }

    @Test
    void the_district_admins_dashboard_counts_the_overdue_corrective_items_of_the_district_and_links_to_them() {
        long campaign = fixture.campaign307();
        // a Chư Sê school that had not declared, declaring At risk on 23/02: its items were due 25/02 (rolled back)
        long school = jdbc.sql("""
                SELECT u.id FROM org_unit u LEFT JOIN declaration d ON d.unit_id = u.id AND d.campaign_id = :c
                WHERE u.code LIKE '3807%' AND u.kind = 'SCHOOL' AND u.active AND d.id IS NULL
                ORDER BY u.code LIMIT 1""").param("c", campaign).query(Long.class).single();
        system.run(() -> declarations.importSubmission(school, campaign, FollowUpFixture.failing(4, 11),
                Instant.parse("2021-02-23T02:00:00Z"), null));
        FollowUpFixture.as("pgd.chuse", users, contexts);
        long overdue = corrective.summary(campaign).overdue();

        UI.getCurrent().navigate("");

        assertThat(overdue).as("items of 23/02 are past their 48 hours on 26/02").isPositive();
        Anchor card = $(Anchor.class).id("card-corrective-overdue");
        assertThat(card.getElement().getTextRecursively()).contains(String.valueOf(overdue));
        String[] link = card.getHref().split("\\?", 2);
        UI.getCurrent().navigate(link[0], com.vaadin.flow.router.QueryParameters.fromString(link[1]));
        Div block = $(Div.class).id("followup-alert-overdue");
        assertThat(block.getElement().getTextRecursively()).contains(overdue + " mục khắc phục đã quá hạn");
        Grid<?> items = $(Grid.class).id("overdue-items");
        List<?> shown = items.getGenericDataView().getItems().toList();
        assertThat(shown).hasSize((int) overdue).allMatch(i -> ((CorrectiveItemInfo) i).overdue());
    }

    /** The item's "mark fixed" button, rendered in its grid row; null when the row has none. */
    private Button markFixedButton(long itemId) {
        @SuppressWarnings("unchecked")
        Grid<CorrectiveItemInfo> grid = $(Grid.class).id("unit-corrective");
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id() == itemId) {
                return test(grid).getCellComponent(row, "actions") instanceof Button button ? button : null;
            }
        }
        throw new AssertionError("item " + itemId + " not listed");
    }

    private Button actionButton() {
        return $(Button.class).all().stream().filter(b -> "Mở theo dõi".equals(b.getText())).findFirst()
                .orElseThrow();
    }

    private long id(String code) {
        return fixture.unit(code);
    }
}
