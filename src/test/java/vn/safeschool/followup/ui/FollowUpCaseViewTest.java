package vn.safeschool.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.Zones;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpCases;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.FollowUpStatus;

/** A case's page: the district admin answers with a file, the department returns or accepts; rolled back. */
@SafeSchoolTest
@Transactional
class FollowUpCaseViewTest extends SpringBrowserlessTest {

    private static final byte[] PDF = "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8);

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpCases fixture;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    AppClock clock;

    private FollowUpCaseInfo opened;

    @BeforeEach
    void aCaseForPleiku() {
        FollowUpFixture.as("vanphong", users, contexts);
        opened = fixture.openFor("3801");
    }

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void the_district_admin_answers_with_a_file_and_the_staff_accept() {
        FollowUpFixture.as("pgd.pleiku", users, contexts);
        open();
        assertThat(text("case-numbers")).startsWith("Hoàn thành ").contains("/" + opened.numbers().institutions()
                + ")");
        assertThat($(Button.class).withId("decision-accept").all()).isEmpty();

        $(TextArea.class).id("respond-explanation").setValue("Năm trường chưa cài đặt ứng dụng.");
        $(TextArea.class).id("respond-conclusions").setValue("Đã kiểm điểm hiệu trưởng năm trường.");
        test($(Upload.class).id("respond-upload")).upload("bien-ban.pdf", "application/pdf", PDF);
        test($(Button.class).id("respond-send")).click();

        assertThat(text("case-status")).contains("Đã trả lời");
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getText().startsWith("bien-ban.pdf"));
        FollowUpFixture.as("vanphong", users, contexts);
        open();
        assertThat($(TextArea.class).withId("respond-explanation").all()).isEmpty();
        test($(Button.class).id("decision-accept")).click();

        assertThat(text("case-status")).contains("Đã chấp nhận");
        assertThat(test(history()).size()).isEqualTo(3);
        assertThat(followUps.find(opened.id()).orElseThrow().info().status()).isEqualTo(FollowUpStatus.ACCEPTED);
    }

    @Test
    void the_staff_return_an_answer_only_with_a_comment() {
        FollowUpFixture.as("pgd.pleiku", users, contexts);
        open();
        $(TextArea.class).id("respond-explanation").setValue("Đã nhắc các trường.");
        test($(Button.class).id("respond-send")).click();
        FollowUpFixture.as("vanphong", users, contexts);
        open();

        test($(Button.class).id("decision-return")).click();
        assertThat(lastNotification()).isEqualTo("Vui lòng ghi rõ lý do trả lại.");
        $(TextArea.class).id("decision-comment").setValue("Chưa có biên bản kiểm điểm.");
        test($(Button.class).id("decision-return")).click();

        assertThat(text("case-status")).contains("Chờ đơn vị trả lời").contains("bị trả lại 1 lần");
        assertThat(followUps.find(opened.id()).orElseThrow().history().getLast().comment())
                .isEqualTo("Chưa có biên bản kiểm điểm.");
    }

    @Test
    void a_return_with_a_new_due_date_shows_that_date_in_the_history() {
        FollowUpFixture.as("pgd.pleiku", users, contexts);
        open();
        $(TextArea.class).id("respond-explanation").setValue("Đã nhắc các trường.");
        test($(Button.class).id("respond-send")).click();
        FollowUpFixture.as("vanphong", users, contexts);
        open();
        LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), Zones.VIETNAM).plusDays(7).withHour(16)
                .withMinute(30).truncatedTo(ChronoUnit.MINUTES);

        $(TextArea.class).id("decision-comment").setValue("Bổ sung biên bản.");
        $(DateTimePicker.class).id("decision-due").setValue(due);
        test($(Button.class).id("decision-return")).click();

        String shown = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(due);
        var grid = test(history());
        int last = grid.size() - 1;
        StringBuilder row = new StringBuilder();
        for (int column = 0; column < 4; column++) {
            row.append(grid.getCellText(last, column)).append(' ');
        }
        assertThat(row.toString()).contains("Bổ sung biên bản.").contains(shown);
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused_on_receipt_and_a_real_one_can_follow() {
        FollowUpFixture.as("pgd.pleiku", users, contexts);
        open();
        $(TextArea.class).id("respond-explanation").setValue("Biên bản kèm theo.");
        Upload upload = $(Upload.class).id("respond-upload");
        assertThat(upload.getI18n()).as("Vaadin's own texts of the upload, translated").isNotNull();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Chọn tệp…");
        assertThat(upload.getI18n().getError().getTooManyFiles()).isEqualTo("Chỉ được gửi một tệp.");

        test(upload).upload("bien-ban.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));

        assertThat(lastNotification()).startsWith("Không nhận tệp bien-ban.pdf: chỉ nhận PDF");
        test(upload).upload("bien-ban-that.pdf", "application/pdf", PDF);
        test($(Button.class).id("respond-send")).click();

        assertThat(followUps.find(opened.id()).orElseThrow().attachment().fileName()).isEqualTo("bien-ban-that.pdf");
    }

    @Test
    void a_case_outside_the_jurisdiction_ends_on_the_same_not_found_page_as_an_unknown_one() {
        FollowUpFixture.as("pgd.chuse", users, contexts);

        UI.getCurrent().navigate("followups/" + opened.id());
        Component outside = (Component) getCurrentView();
        UI.getCurrent().navigate("followups/999999999");
        Component unknown = (Component) getCurrentView();

        assertThat(outside).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(FollowUpCaseView.class);
        assertThat(outside.getClass()).isEqualTo(unknown.getClass());
    }

    private void open() {
        UI.getCurrent().navigate("followups/" + opened.id());
        assertThat(getCurrentView()).isInstanceOf(FollowUpCaseView.class);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> history() {
        return $(Grid.class).id("case-history");
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
