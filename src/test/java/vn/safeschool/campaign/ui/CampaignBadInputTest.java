package vn.safeschool.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
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
import vn.safeschool.TypedDates;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;

/** A campaign's fields as staff fill them in: too long, blank but for invisible characters, dates mistyped. */
@SafeSchoolTest
class CampaignBadInputTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void an_over_long_title_is_refused_naming_the_field_and_its_limit_and_nothing_is_stored() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        String number = "TEST-LONG-" + System.nanoTime();

        assertThatThrownBy(() -> campaigns.create(campaign(number, "Trích yếu ".repeat(60))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("error.input.too-long");
                    assertThat(v.arguments(key -> key)).containsExactly("field.title", 500);
                });
        assertThat(campaigns.findByDocNumber(number)).isEmpty();
    }

    @Test
    void a_number_of_spaces_and_zero_width_characters_is_refused_as_missing() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);

        assertThatThrownBy(() -> campaigns.create(campaign("\u200B \u00A0\uFEFF", "Khai báo thử")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("error.input.required");
                    assertThat(v.arguments(key -> key)).containsExactly("field.doc-number");
                });
    }

    @Test
    void a_title_typed_with_combining_diacritics_is_stored_precomposed() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        String title = "Về việc cập nhật thông tin an toàn phòng, chống dịch";

        CampaignInfo created = campaigns.create(campaign("TEST-NFD-" + System.nanoTime(),
                Normalizer.normalize(title, Normalizer.Form.NFD)));

        assertThat(created.title()).isEqualTo(title);
        assertThat(campaigns.find(created.id()).orElseThrow().title()).isEqualTo(title);
    }

    @Test
    void the_dialog_shows_which_field_is_too_long_in_vietnamese() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);
        test($(Button.class).id("new-campaign")).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        String number = "TEST-VIEW-LONG-" + System.nanoTime();
        dialog.number.setValue(number);
        dialog.title.setValue("x".repeat(501));
        dialog.issuedOn.setValue(LocalDate.of(2020, 10, 1));
        dialog.deadline.setValue(LocalDateTime.of(2020, 10, 10, 11, 0));
        dialog.checklist.setValue(dialog.checklist.getListDataView().getItem(0));

        test($(Button.class).id("save-campaign")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Trích yếu: dài quá 500 ký tự, vui lòng rút gọn. Chưa có gì được lưu.");
        assertThat(campaigns.findByDocNumber(number)).isEmpty();
    }

    @Test
    void a_deadline_that_cannot_be_read_says_so_at_the_field() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);
        test($(Button.class).id("new-campaign")).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();

        TypedDates.typeUnreadable(dialog.deadline, "25/02/2O21");
        TypedDates.typeUnreadable(dialog.issuedOn, "32/13/2021");

        assertThat(dialog.deadline.isInvalid()).isTrue();
        assertThat(dialog.deadline.getErrorMessage()).startsWith("Không đọc được ngày giờ đã nhập.");
        assertThat(dialog.issuedOn.isInvalid()).isTrue();
        // a date without a time: the message does not ask for one, and shows the field's own format
        assertThat(dialog.issuedOn.getErrorMessage()).startsWith("Không đọc được ngày đã nhập.")
                .contains("25/02/2021").doesNotContain("giờ").doesNotContain("11:00");
    }

    @Test
    void a_deadline_a_day_or_a_month_before_the_issue_date_asks_to_check_that_part_not_the_year() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);

        assertThat(refusedDeadline(LocalDateTime.of(2021, 2, 21, 11, 0)))
                .contains("21/02/2021", "22/02/2021", "kiểm tra lại ngày").doesNotContain("năm");
        assertThat(refusedDeadline(LocalDateTime.of(2021, 1, 25, 11, 0)))
                .contains("kiểm tra lại tháng").doesNotContain("năm");
        assertThat(refusedDeadline(LocalDateTime.of(2020, 2, 25, 11, 0))).contains("kiểm tra lại năm");
    }

    /** The deadline field's message when a campaign issued on 22/02/2021 is saved with this deadline. */
    private String refusedDeadline(LocalDateTime deadline) {
        test($(Button.class).id("new-campaign")).click();
        CampaignDialog dialog = $(CampaignDialog.class).last();
        dialog.number.setValue("TEST-PART-" + System.nanoTime());
        dialog.title.setValue("Khai báo an toàn trường học");
        dialog.issuedOn.setValue(LocalDate.of(2021, 2, 22));
        dialog.deadline.setValue(deadline);
        dialog.checklist.setValue(dialog.checklist.getListDataView().getItem(0));
        test($(Button.class).id("save-campaign")).click();
        String message = dialog.deadline.getErrorMessage();
        dialog.close();
        return message;
    }

    private NewCampaign campaign(String number, String title) {
        return new NewCampaign(number, title, LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 10, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false);
    }
}
