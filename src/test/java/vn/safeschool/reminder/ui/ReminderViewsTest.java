package vn.safeschool.reminder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.dashboard.ui.DashboardView;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.ui.HierarchyView;
import vn.safeschool.reminder.InboxItem;
import vn.safeschool.reminder.ReminderLogEntry;
import vn.safeschool.reminder.TemplateInfo;
import vn.safeschool.reminder.TemplateService;
import vn.safeschool.security.SystemTask;

/**
 * The reminders' views as their users meet them (e-mail off, as in the demo): a district admin reminds the lagging
 * schools from the grid and finds them in the log and on a school's page; the principal reads it in the inbox and
 * the bell counts down; staff edit a template and an unknown placeholder is refused. The campaign is the test's own,
 * issued in 2020, so campaign 307 and its numbers stay as they are.
 */
@SafeSchoolTest
class ReminderViewsTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    TemplateService templates;
    @Autowired
    SystemTask system;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_district_admin_reminds_the_lagging_schools_from_the_grid_and_the_principal_reads_it_in_the_inbox() {
        CampaignInfo campaign = ownCampaign();
        signIn("ht.pleiku");
        navigate(InboxView.class);
        long unreadBefore = unread();

        signIn("pgd.pleiku");
        navigate(HierarchyView.class);
        ComboBox<CampaignInfo> chooser = $(ComboBox.class).id("oversight-campaign");
        chooser.setValue(campaign);
        test($(Checkbox.class).id("oversight-lagging")).click();
        test(remindButton()).click();

        SendReminderDialog dialog = $(SendReminderDialog.class).single();
        assertThat($(Paragraph.class).id("reminder-scope").getText()).contains("120");
        // 120 schools, each with its contact address, but e-mail is off: only 38010001's principal can read it
        assertThat($(Paragraph.class).id("reminder-reach").getText()).isEqualTo("Sẽ nhắc 1 đơn vị, 1 người nhận qua "
                + "hộp thư trong hệ thống (2 e-mail được ghi nhận là không gửi vì e-mail đang tắt).");
        assertThat($(Paragraph.class).id("reminder-nobody").getText()).startsWith("119 đơn vị sẽ không được nhắc");
        assertThat($(Paragraph.class).id("reminder-mail-off").getText()).contains("E-mail đang tắt");
        assertThat($(Div.class).id("reminder-previews").getElement().getTextRecursively())
                .contains(campaign.docNumber(), "Chưa khai báo");
        test($(Button.class).id("reminder-send")).click();
        assertThat(dialog.isOpened()).isFalse();

        navigate(ReminderLogView.class);
        Grid<ReminderLogEntry> log = $(Grid.class).id("reminder-log");
        ReminderLogEntry entry = test(log).size() == 0 ? null : log.getListDataView().getItem(0);
        assertThat(entry).isNotNull();
        assertThat(entry.campaignNumber()).isEqualTo(campaign.docNumber());
        assertThat(entry.units()).isEqualTo(1);
        assertThat(entry.sender()).isEqualTo("Lê Văn Hải");
        test(log).select(0);
        assertThat($(Grid.class).id("reminder-deliveries").isVisible()).isTrue();

        UI.getCurrent().navigate("units/" + id("38010001"));
        test($(TabSheet.class).id("unit-tabs")).select(vi("reminder.unit.tab"));
        assertThat($(Grid.class).id("unit-reminders").getListDataView().getItemCount()).isPositive();

        signIn("ht.pleiku");
        navigate(InboxView.class);
        assertThat(unread()).isEqualTo(unreadBefore + 1);
        Grid<InboxItem> inbox = $(Grid.class).id("inbox-grid");
        InboxItem newest = inbox.getListDataView().getItem(0);
        assertThat(newest.subject()).contains(campaign.docNumber());
        test(inbox).select(0);
        assertThat($(Div.class).id("inbox-message").getElement().getTextRecursively())
                .contains("Lê Văn Hải", "/schools/" + id("38010001") + "/declaration?campaign=" + campaign.id());
        assertThat(unread()).isEqualTo(unreadBefore);

        signIn("pgd.pleiku");
        navigate(ReminderLogView.class);
        ReminderLogEntry seen = ((Grid<ReminderLogEntry>) $(Grid.class).id("reminder-log")).getListDataView()
                .getItems().filter(e -> e.id() == entry.id()).findFirst().orElseThrow();
        assertThat(seen.seen()).isEqualTo(1);
        navigate(DashboardView.class);
        assertThat($(Paragraph.class).id("dashboard-reminders").getText()).startsWith("Nhắc nhở:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_edit_a_template_and_an_unknown_placeholder_is_refused() {
        signIn("vanphong");
        navigate(TemplatesView.class);
        ComboBox<TemplateInfo> chooser = $(ComboBox.class).id("template-chooser");
        TemplateInfo fix = chooser.getListDataView().getItems().filter(t -> t.code().equals("fix")).findFirst()
                .orElseThrow();
        chooser.setValue(fix);

        test($(TextField.class).id("template-subject-vi")).setValue("Nhắc {ten.truong}");
        test($(Button.class).id("template-save")).click();
        assertThat(current("fix").subjectVi()).isEqualTo(fix.subjectVi());

        test($(TextField.class).id("template-subject-vi")).setValue(fix.subjectVi());
        test($(TextField.class).id("template-name-en")).setValue("Reminder to fix (edited)");
        test($(Button.class).id("template-save")).click();
        TemplateInfo saved = current("fix");
        assertThat(saved.nameEn()).isEqualTo("Reminder to fix (edited)");
        assertThat(saved.version()).isGreaterThan(fix.version());
        assertThat(saved.updatedBy()).isEqualTo("Trần Thị Hồng Nhung");

        chooser.setValue(saved);
        test($(TextField.class).id("template-name-en")).setValue(fix.nameEn());
        test($(Button.class).id("template-save")).click();
        assertThat(current("fix").nameEn()).isEqualTo(fix.nameEn());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reminder_nobody_can_receive_cannot_be_sent_and_the_dialog_says_why_and_which_units() {
        CampaignInfo campaign = ownCampaign();
        signIn("pgd.pleiku");
        navigate(HierarchyView.class);
        ComboBox<CampaignInfo> chooser = $(ComboBox.class).id("oversight-campaign");
        chooser.setValue(campaign);
        test($(TextField.class).id("oversight-search")).setValue("38010002");
        test(remindButton()).click();

        String name = org.findByCode("38010002").orElseThrow().name();
        assertThat($(Paragraph.class).id("reminder-scope").getText()).contains("đã chọn", name);
        assertThat($(Paragraph.class).id("reminder-reach").getText()).startsWith("Sẽ nhắc 0 đơn vị");
        assertThat($(Paragraph.class).id("reminder-refused").getText()).startsWith("Không gửi được");
        assertThat($(Paragraph.class).id("reminder-nobody").getText()).contains(name, "e-mail đang tắt");
        assertThat($(Button.class).id("reminder-send").isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_department_is_offered_the_schools_below_the_offices_it_reminds_and_a_district_admin_is_not() {
        CampaignInfo campaign = ownCampaign();
        // the district admin first: the page keeps the unit last shown, and the department's is outside the district
        for (String username : List.of("pgd.pleiku", "lanhdao", "vanphong")) {
            signIn(username);
            navigate(HierarchyView.class);
            ((ComboBox<CampaignInfo>) $(ComboBox.class).id("oversight-campaign")).setValue(campaign);
            test($(Checkbox.class).id("oversight-lagging")).click();
            test(remindButton()).click();

            SendReminderDialog dialog = $(SendReminderDialog.class).single();
            assertThat($(Checkbox.class).withId("reminder-schools-below").all().stream().anyMatch(Checkbox::isVisible))
                    .as(username).isEqualTo(!"pgd.pleiku".equals(username));
            dialog.close();
        }
    }

    @Test
    void a_principal_has_no_remind_button_and_no_log() {
        signIn("ht.pleiku");
        navigate(HierarchyView.class);

        assertThat($(Button.class).all()).noneMatch(b -> vi("reminder.action").equals(b.getText()));
        assertThat($(InboxBell.Bell.class).single().getHref()).isEqualTo("inbox");
        UI.getCurrent().navigate(ReminderLogView.class);
        assertThat(getCurrentView()).isNotInstanceOf(ReminderLogView.class);
    }

    private Button remindButton() {
        List<Button> buttons = $(Button.class).all();
        return buttons.stream().filter(b -> vi("reminder.action").equals(b.getText())).findFirst().orElseThrow();
    }

    private long unread() {
        return $(InboxBell.Bell.class).single().shown();
    }

    private TemplateInfo current(String code) {
        return system.call(() -> templates.list()).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private CampaignInfo ownCampaign() {
        return system.call(() -> campaigns.create(new NewCampaign("NV-" + System.nanoTime() % 1_000_000,
                "Kiểm tra giao diện nhắc nhở", LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 9, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
    }

    private void signIn(String username) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private static String vi(String key) {
        return new Translations().getTranslation(key, Translations.VIETNAMESE);
    }
}
