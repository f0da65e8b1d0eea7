package vn.safeschool.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.Zones;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.CorrectiveSummary;
import vn.safeschool.followup.ui.CorrectiveItemsView;
import vn.safeschool.org.OrgService;

/** The landing page as each kind of user sees it, for campaign 307 on the morning after its deadline. */
@SafeSchoolTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DeclarationService declarations;
    @Autowired
    CorrectiveService corrective;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void the_department_sees_the_provinces_cards_chart_lowest_ten_and_the_time_since_the_deadline() {
        open("lanhdao");

        assertThat(text("card-total")).contains("882");
        assertThat(text("card-safe")).contains("685").contains("77,7");
        assertThat(text("card-at-risk")).contains("126");
        assertThat(text("card-unsafe")).contains("27");
        assertThat(text("card-not-declared")).contains("44");
        assertThat(text("card-late")).contains(vi("status.late"));
        assertThat(text("card-stale")).contains(vi("status.stale"));
        ChartCanvas chart = $(ChartCanvas.class).id("status-chart");
        assertThat(chart.categories()).isEqualTo(17 + 1);
        JsonNode labels = chart.config().path("data").path("labels");
        assertThat(labels.get(17).asString()).isEqualTo(vi("oversight.direct-units"));
        long safeInBars = 0;
        for (JsonNode n : chart.config().path("data").path("datasets").get(0).path("data")) {
            safeInBars += n.asLong();
        }
        assertThat(safeInBars).isEqualTo(685);
        assertThat(rows("lowest-ten")).isEqualTo(10);
        assertThat($(Paragraph.class).id("deadline").getText()).contains("25/02/2021").contains("đã quá hạn");
        assertThat($(ChartCanvas.class).id("trend-chart").categories()).isGreaterThan(24);
        assertThat($(Anchor.class).id("export-xlsx")).isNotNull();
    }

    @Test
    void the_leaders_first_screen_is_the_cards_the_chart_and_the_lowest_units_with_the_corrective_items_as_a_card() {
        open("lanhdao");

        List<String> order = $(Div.class).id("dashboard-content").getChildren().map(this::idWithin).toList();
        assertThat(order).as("what the dashboard shows, top to bottom").startsWith("kpi-cards", "status-chart",
                "lowest-ten");
        assertThat($(Grid.class).withId("overdue-items").all()).as("no table of items on the dashboard").isEmpty();
        CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
        CorrectiveSummary summary = corrective.summary(campaign.id());
        Anchor card = $(Anchor.class).id("card-corrective-overdue");
        assertThat(card.getElement().getTextRecursively()).contains(String.valueOf(summary.overdue()))
                .contains(String.valueOf(summary.open()));
        assertThat(card.getHref()).isEqualTo("followups/corrective?campaign=" + campaign.id());
        assertThat(card.getParent().flatMap(Component::getId)).contains("kpi-cards");

        String[] link = card.getHref().split("\\?", 2);
        UI.getCurrent().navigate(link[0], com.vaadin.flow.router.QueryParameters.fromString(link[1]));

        assertThat(getCurrentView()).isInstanceOf(CorrectiveItemsView.class);
        Grid<?> items = $(Grid.class).id("overdue-items");
        assertThat(items.getGenericDataView().getItems().count()).isEqualTo(summary.overdue());
        assertThat(items.getGenericDataView().getItems()).allMatch(i -> ((CorrectiveItemInfo) i).overdue());
    }

    @Test
    void as_of_the_deadline_the_department_reads_that_moments_numbers_then_now_again() {
        open("lanhdao");

        test($(Button.class).id("dashboard-at-deadline")).click();

        assertThat(text("card-safe")).contains("685");
        assertThat(text("card-at-risk")).contains("110");
        assertThat(text("card-unsafe")).contains("12");
        assertThat(text("card-not-declared")).contains("75");
        assertThat($(Paragraph.class).id("dashboard-moment-note").getText())
                .isEqualTo(vi("oversight.structure.note.then"));
        test($(Button.class).id("dashboard-now")).click();
        assertThat(text("card-at-risk")).contains("126");
        assertThat($(Paragraph.class).withId("dashboard-moment-note").exists()).isFalse();
    }

    @Test
    void a_district_admin_sees_the_same_for_their_district() {
        open("pgd.chuse");

        assertThat($(H1.class).id("dashboard-unit").getText()).isEqualTo(org.findByCode("3807").orElseThrow().name());
        assertThat(text("card-total")).contains("66");
        ChartCanvas chart = $(ChartCanvas.class).id("status-chart");
        assertThat(chart.categories()).isEqualTo(66);
        assertThat(rows("lowest-ten")).isEqualTo(10);
        assertThat($(Paragraph.class).id("deadline").getText()).contains("đã quá hạn");
    }

    @Test
    void a_principal_sees_their_schools_status_and_the_next_step() {
        open("ht.pleiku");
        assertThat($(Button.class).withId("dashboard-at-deadline").exists()).as("no moment to choose").isFalse();

        CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
        DeclarationInfo own = declarations.find(org.findByCode("38010001").orElseThrow().id(), campaign.id())
                .orElse(null);
        String expected = own == null ? vi("status.not-declared")
                : vi("status." + own.assessment().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertThat($(Span.class).id("school-status-value").getText()).isEqualTo(expected);
        String next = $(Paragraph.class).id("next-step").getText();
        assertThat(next).isNotBlank().doesNotStartWith("!");
        if (own == null) {
            assertThat(next).contains("khai báo ngay");
        } else if (own.assessment().status() != vn.safeschool.checklist.SafetyStatus.SAFE) {
            assertThat(next).contains("khắc phục");
        } else {
            assertThat(next).isIn(vi("dashboard.next.keep"), new Translations().getTranslation(
                    "dashboard.next.refresh", Translations.VIETNAMESE, campaign.freshnessDays()));
        }
        assertThat($(ChartCanvas.class).all()).isEmpty();
        assertThat($(Div.class).id("school-status")).isNotNull();
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void a_principal_is_told_the_campaign_is_locked_and_why_then_until_when_it_was_reopened_then_that_it_closed() {
        CampaignInfo locked = system.call(() -> campaigns.create(new NewCampaign("KHOA-" + System.nanoTime() % 100_000,
                "Kiểm tra khóa sau hạn", LocalDate.of(2020, 10, 1), LocalDateTime.of(2021, 1, 10, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, true)));
        open("ht.pleiku");
        long school = org.findByCode("38010001").orElseThrow().id();
        choose(locked);
        assertThat($(Paragraph.class).id("school-lock").getText()).contains("khóa", "11:00 10/01/2021");
        assertThat($(Paragraph.class).id("next-step").getText()).doesNotContain("khai báo ngay")
                .contains("mở lại");

        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        declarations.reopen(school, locked.id(), LocalDateTime.of(2021, 3, 5, 17, 0).atZone(Zones.VIETNAM)
                .toInstant(), "Mất điện hôm hạn chót");
        openAfresh("ht.pleiku");
        choose(locked);
        assertThat($(Paragraph.class).id("school-lock").getText()).contains("17:00 05/03/2021",
                "Mất điện hôm hạn chót");
        assertThat($(Paragraph.class).id("next-step").getText()).contains("khai báo ngay");

        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        campaigns.close(locked.id());
        openAfresh("ht.pleiku");
        choose(campaigns.find(locked.id()).orElseThrow());
        assertThat($(Paragraph.class).id("school-lock").getText()).contains("kết thúc");
        assertThat($(Paragraph.class).id("next-step").getText()).doesNotContain("khai báo ngay");
    }

    /** A new dashboard: opening the route it is on would keep the old one. */
    private void openAfresh(String username) {
        UI.getCurrent().navigate("inbox");
        open(username);
    }

    @SuppressWarnings("unchecked")
    private void choose(CampaignInfo chosen) {
        ComboBox<CampaignInfo> chooser = $(ComboBox.class).id("campaign");
        chooser.setValue(chosen);
    }

    @Autowired
    vn.safeschool.security.SystemTask system;
    @Autowired
    ChecklistService checklists;

    @Test
    void a_principal_reaches_the_schools_declaration_from_the_menu_and_from_a_big_button() {
        open("ht.pleiku");
        long school = org.findByCode("38010001").orElseThrow().id();
        long campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id();

        Anchor button = $(Anchor.class).id("school-declare");
        assertThat(button.getElement().getTextRecursively()).isEqualTo("Khai báo của trường");
        assertThat(button.getHref()).isEqualTo("schools/" + school + "/declaration?campaign=" + campaign);
        SideNavItem item = $(SideNav.class).id("main-menu").getItems().stream()
                .filter(i -> "Khai báo của trường".equals(i.getLabel())).findFirst().orElseThrow();
        UI.getCurrent().navigate(item.getPath());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DeclarationView");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("schools/" + school + "/declaration");
    }

    @Test
    void department_users_get_no_menu_item_for_a_schools_declaration() {
        open("lanhdao");

        assertThat($(SideNav.class).id("main-menu").getItems()).noneMatch(i -> "Khai báo của trường"
                .equals(i.getLabel()));
        assertThat($(Anchor.class).withId("school-declare").all()).isEmpty();
    }

    private void open(String username) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    /** The id of the block a section of the dashboard stands for: its own, or that of the component it titles. */
    private String idWithin(Component section) {
        return section.getId().orElseGet(() -> section.getChildren().map(c -> c.getId().orElse(""))
                .filter(id -> !id.isEmpty()).findFirst().orElse("?"));
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    private long rows(String id) {
        Grid<?> grid = $(Grid.class).id(id);
        return grid.getGenericDataView().getItems().count();
    }

    private static String vi(String key) {
        return new Translations().getTranslation(key, Translations.VIETNAMESE);
    }
}
