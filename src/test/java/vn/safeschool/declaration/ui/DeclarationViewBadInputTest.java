package vn.safeschool.declaration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
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
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.security.SystemTask;

/**
 * Markup typed into a declaration's notes and reason is text wherever the page shows it — the answers, the history,
 * the comparison — never markup the browser would run; a note too long for its column is refused, with the reason.
 */
@SafeSchoolTest
class DeclarationViewBadInputTest extends SpringBrowserlessTest {

    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String BOLD = "<b onmouseover=alert(2)>đậm</b>";
    private static final String SCRIPT = "<script>alert('lý do')</script>";

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SystemTask system;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void markup_in_notes_and_reasons_shows_as_the_text_typed_in_answers_history_and_comparison() {
        long campaign = ownCampaign();
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        open(campaign);
        test($(TextField.class).id("declaration-note-1")).setValue(IMAGE);
        test($(TextArea.class).id("declaration-on-behalf-reason")).setValue(SCRIPT);
        test($(Button.class).id("declaration-submit")).click();
        test($(Checkbox.class).id("declaration-met-1")).click();
        test($(TextField.class).id("declaration-note-1")).setValue(BOLD);
        test($(TextArea.class).id("declaration-on-behalf-reason")).setValue(SCRIPT);
        test($(Button.class).id("declaration-submit")).click();

        assertThat(cell("declaration-answers-BEFORE", 0, 3)).isEqualTo(BOLD);
        assertThat(cell("declaration-history", 0, 5)).endsWith(SCRIPT);
        assertThat(cell("declaration-history", 1, 5)).endsWith(SCRIPT);
        UnorderedList changes = $(UnorderedList.class).id("compare-changes");
        assertThat(changes.getElement().getTextRecursively()).contains(BOLD);
        assertThat(tags(changes.getElement())).containsOnly("ul", "li");
        assertThat(tags(UI.getCurrent().getElement())).doesNotContain("img", "b", "script");
    }

    @Test
    void a_note_over_1000_characters_is_refused_with_the_criterion_and_the_limit_and_nothing_is_submitted() {
        long campaign = ownCampaign();
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        open(campaign);
        // the field stops at 1,000 characters in the browser; a request made without it must not get further
        $(TextField.class).id("declaration-note-2").setValue("x".repeat(1001));
        test($(TextArea.class).id("declaration-on-behalf-reason")).setValue("Trường nhờ nhập hộ");

        test($(Button.class).id("declaration-submit")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Ghi chú của tiêu chí 2 dài quá 1.000 ký tự, vui lòng rút gọn. Khai báo chưa được gửi.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration_submission WHERE campaign_id = ?").param(campaign)
                .query(Long.class).single()).isZero();
    }

    /** Every tag under the element, itself included. */
    private static List<String> tags(Element element) {
        List<String> tags = new java.util.ArrayList<>();
        if (!element.isTextNode()) {
            tags.add(element.getTag());
        }
        element.getChildren().forEach(child -> tags.addAll(tags(child)));
        return tags;
    }

    @SuppressWarnings("unchecked")
    private String cell(String gridId, int row, int column) {
        return test((Grid<Object>) $(Grid.class).id(gridId)).getCellText(row, column);
    }

    private void open(long campaign) {
        long school = jdbc.sql("SELECT id FROM org_unit WHERE code = '38010003'").query(Long.class).single();
        UI.getCurrent().navigate("schools/" + school + "/declaration",
                QueryParameters.of(DeclarationView.CAMPAIGN, String.valueOf(campaign)));
    }

    /** Issued before directive 307, so that 307 stays the default campaign and keeps its numbers. */
    private long ownCampaign() {
        long root = jdbc.sql("SELECT id FROM org_unit WHERE code = '38'").query(Long.class).single();
        return system.call(() -> campaigns.create(new NewCampaign("TEST-MARKUP-" + System.nanoTime(),
                "Kiểm tra ghi chú có mã HTML", LocalDate.of(2020, 10, 1), LocalDateTime.of(2099, 12, 31, 11, 0), root,
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)).id());
    }
}
