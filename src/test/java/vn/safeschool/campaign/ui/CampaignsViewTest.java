package vn.safeschool.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.CampaignStatus;

@SafeSchoolTest
class CampaignsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    CampaignService campaigns;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void department_staff_see_campaign_307_and_a_deadline_before_the_issue_date_is_refused_at_the_field() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);
        assertThat(numbers()).contains("307/SGDĐT-VP");

        test($(Button.class).id("new-campaign")).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        dialog.number.setValue("TEST-VIEW-SLIP");
        dialog.title.setValue("Khai báo an toàn trường học");
        dialog.issuedOn.setValue(LocalDate.of(2021, 2, 22));
        dialog.deadline.setValue(LocalDateTime.of(2020, 2, 25, 11, 0));
        dialog.checklist.setValue(dialog.checklist.getListDataView().getItem(0));
        test($(Button.class).id("save-campaign")).click();

        assertThat(dialog.deadline.isInvalid()).isTrue();
        assertThat(dialog.deadline.getErrorMessage()).contains("25/02/2020", "22/02/2021", "kiểm tra lại năm");
        assertThat(campaigns.findByDocNumber("TEST-VIEW-SLIP")).isEmpty();
    }

    @Test
    void closing_and_archiving_a_campaign_ask_first_naming_it_and_say_when_done() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        String number = "TEST-CONFIRM-" + System.nanoTime();
        navigate(CampaignsView.class);
        test($(Button.class).id("new-campaign")).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        dialog.number.setValue(number);
        dialog.title.setValue("Kiểm tra xác nhận");
        dialog.issuedOn.setValue(LocalDate.of(2020, 9, 1));
        dialog.deadline.setValue(LocalDateTime.of(2020, 9, 10, 11, 0));
        dialog.checklist.setValue(dialog.checklist.getListDataView().getItem(0));
        test($(Button.class).id("save-campaign")).click();
        assertThat(test($(Notification.class).last()).getText()).contains(number);
        long id = campaigns.findByDocNumber(number).orElseThrow().id();

        test(action(id, "close")).click();
        ConfirmDialog ask = $(ConfirmDialog.class).last();
        assertThat(test(ask).getHeader()).isEqualTo("Đóng đợt khai báo?");
        assertThat(test(ask).getText()).contains(number, "Kiểm tra xác nhận", "không khai báo");
        test(ask).cancel();
        assertThat(campaigns.find(id).orElseThrow().status()).as("cancelled: nothing happens")
                .isEqualTo(CampaignStatus.OPEN);
        test(action(id, "close")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(campaigns.find(id).orElseThrow().status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(test($(Notification.class).last()).getText()).contains("Đã đóng", number);

        test(action(id, "archive")).click();
        ask = $(ConfirmDialog.class).last();
        assertThat(test(ask).getHeader()).isEqualTo("Lưu trữ đợt khai báo?");
        assertThat(test(ask).getText()).contains(number, "không sửa");
        test(ask).confirm();
        assertThat(campaigns.find(id).orElseThrow().status()).isEqualTo(CampaignStatus.ARCHIVED);
        assertThat(test($(Notification.class).last()).getText()).contains("Đã lưu trữ", number);
    }

    @Test
    void the_actions_column_has_a_fixed_width_frozen_at_the_grids_end() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);

        Grid.Column<?> actions = $(Grid.class).id("campaigns").getColumnByKey("actions");
        assertThat(actions.isFrozenToEnd()).isTrue();
        assertThat(actions.getFlexGrow()).isZero();
        assertThat(actions.getWidth()).isNotBlank();
    }

    @Test
    void department_leadership_read_campaigns_without_changing_them() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);

        assertThat(numbers()).contains("307/SGDĐT-VP");
        assertThat($(Button.class).withId("new-campaign").all()).isEmpty();
        assertThat($(Grid.class).id("campaigns").getColumnByKey("actions")).isNull();
    }

    @Test
    void a_district_admin_cannot_open_the_campaigns_page() {
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate("campaigns", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(CampaignsView.class);
    }

    @Test
    void a_principal_cannot_open_the_campaigns_page() {
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate("campaigns", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(CampaignsView.class);
    }

    /** The campaign's row button ("close", "archive"), rendered in the grid's actions column. */
    @SuppressWarnings("unchecked")
    private Button action(long campaignId, String step) {
        Grid<CampaignInfo> grid = $(Grid.class).id("campaigns");
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getRow(row).id() == campaignId) {
                return (Button) rows.getCellComponent(row, "actions").getChildren()
                        .filter(c -> c.getId().orElse("").equals("campaign-" + step + "-" + campaignId))
                        .findFirst().orElseThrow();
            }
        }
        throw new AssertionError("campaign " + campaignId + " not listed");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> numbers() {
        Grid<CampaignInfo> grid = $(Grid.class).id("campaigns");
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).docNumber())
                .toList();
    }
}
