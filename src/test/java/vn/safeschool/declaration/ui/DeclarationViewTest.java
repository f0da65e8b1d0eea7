package vn.safeschool.declaration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
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

/** A school's declaration page: status and reason, answers by phase, history; nothing outside the jurisdiction. */
@SafeSchoolTest
class DeclarationViewTest extends SpringBrowserlessTest {

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
    java.time.Clock clock;
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
    void the_leader_sees_a_schools_status_reason_answers_and_history() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        long school = declaredSchoolUnder("3801");

        Component view = open("schools/" + school + "/declaration");

        assertThat(view).isInstanceOf(DeclarationView.class);
        assertThat($(H1.class).id("declaration-unit").getText()).isNotBlank();
        assertThat($(Span.class).id("declaration-status").getText()).isIn("An toàn", "Có rủi ro", "Không an toàn");
        assertThat($(Span.class).id("declaration-reason").getText()).startsWith("Đạt ");
        int answered = 0;
        for (String phase : new String[] {"BEFORE", "DURING", "AFTER"}) {
            answered += rowsOf("declaration-answers-" + phase);
        }
        assertThat(answered).isEqualTo(15);
        assertThat(rowsOf("declaration-history")).isPositive();
        assertThat(view.getElement().getTextRecursively()).contains("307/SGDĐT-VP");
    }

    @Test
    void a_school_that_has_not_declared_says_so() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);

        Component view = open("schools/" + undeclaredSchool() + "/declaration");

        assertThat(view).isInstanceOf(DeclarationView.class);
        assertThat($(Span.class).id("declaration-status").getText()).isEqualTo("Chưa khai báo");
        assertThat(rowsOf("declaration-history")).isZero();
    }

    @Test
    void a_district_admin_gets_not_found_for_a_school_of_another_district() {
        DemoSignIn.as("pgd.chuse", demoPassword, userDetails, passwordEncoder, contexts);

        Component outside = open("schools/" + declaredSchoolUnder("3801") + "/declaration");
        Component unknown = open("schools/999999999/declaration");
        Component office = open("schools/" + idOf("3807") + "/declaration");
        Component inside = open("schools/" + declaredSchoolUnder("3807") + "/declaration");

        assertThat(outside).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(DeclarationView.class);
        assertThat(outside.getClass()).isEqualTo(unknown.getClass()).isEqualTo(office.getClass());
        assertThat(inside).isInstanceOf(DeclarationView.class);
    }

    @Test
    void a_principal_submits_through_the_form_and_the_preview_follows_the_boxes() {
        long campaign = ownCampaign(false, LocalDateTime.of(2021, 12, 31, 11, 0));
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        open("schools/" + idOf("38010001") + "/declaration", campaign);

        assertThat($(Span.class).id("declaration-status").getText()).isEqualTo("Chưa khai báo");
        assertThat($(Span.class).id("declaration-preview-status").getText()).isEqualTo("Không an toàn");
        String reasonBefore = $(Span.class).id("declaration-preview-reason").getText();
        test($(Checkbox.class).id("declaration-met-1")).click();
        assertThat($(Span.class).id("declaration-preview-reason").getText()).isNotEqualTo(reasonBefore);
        for (int n = 2; n <= 15; n++) {
            test($(Checkbox.class).id("declaration-met-" + n)).click();
        }
        assertThat($(Span.class).id("declaration-preview-status").getText()).isEqualTo("An toàn");
        test($(TextField.class).id("declaration-note-2")).setValue("Đã mua thêm khẩu trang");

        test($(Button.class).id("declaration-submit")).click();

        assertThat($(Span.class).id("declaration-status").getText()).isEqualTo("An toàn");
        assertThat(rowsOf("declaration-history")).isEqualTo(1);
        assertThat($(Checkbox.class).id("declaration-met-1").getValue()).isTrue();
        assertThat($(TextField.class).id("declaration-note-2").getValue()).isEqualTo("Đã mua thêm khẩu trang");
    }

    @Test
    void the_leader_reads_the_page_without_a_form() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);

        open("schools/" + declaredSchoolUnder("3801") + "/declaration");

        assertThat($(DeclarationForm.class).all()).isEmpty();
        assertThat($(Checkbox.class).all()).isEmpty();
        assertThat($(Paragraph.class).id("declaration-read-only").getText()).isEqualTo("Trang này chỉ để xem.");
    }

    @Test
    void a_district_admin_enters_a_declaration_on_behalf_with_a_reason() {
        long campaign = ownCampaign(false, LocalDateTime.of(2021, 12, 31, 11, 0));
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        open("schools/" + idOf("38010002") + "/declaration", campaign);

        test($(Button.class).id("declaration-submit")).click();
        assertThat(rowsOf("declaration-history")).isZero();
        TextArea reason = $(TextArea.class).id("declaration-on-behalf-reason");
        assertThat(reason.isInvalid()).as("the missing reason is marked on the field itself").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nêu lý do.");
        test($(TextArea.class).id("declaration-on-behalf-reason")).setValue("Trường mất mạng internet");
        test($(Button.class).id("declaration-submit")).click();

        assertThat(rowsOf("declaration-history")).isEqualTo(1);
        assertThat(historyCell(0, 5)).endsWith("nhập thay cho cơ sở: Trường mất mạng internet");
    }

    @Test
    void after_a_locked_deadline_the_principal_sees_why_and_no_form() {
        long campaign = ownCampaign(true, LocalDateTime.of(2021, 1, 10, 11, 0));
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        open("schools/" + idOf("38010001") + "/declaration", campaign);

        assertThat($(Paragraph.class).id("declaration-locked").getText()).contains("11:00 10/01/2021");
        assertThat($(DeclarationForm.class).all()).isEmpty();
    }

    @Test
    void a_district_admin_reopens_a_locked_school_and_the_form_comes_back() {
        long campaign = ownCampaign(true, LocalDateTime.of(2021, 1, 10, 11, 0));
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        open("schools/" + idOf("38010004") + "/declaration", campaign);
        assertThat($(DeclarationForm.class).all()).isEmpty();

        $(DateTimePicker.class).id("declaration-reopen-until").setValue(LocalDateTime.now(clock).plusDays(2));
        test($(TextField.class).id("declaration-reopen-reason")).setValue("Mất điện đúng hôm hạn chót");
        test($(Button.class).id("declaration-reopen-button")).click();

        assertThat($(DeclarationForm.class).all()).hasSize(1);
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getId().filter("declaration-locked"::equals).isPresent());
        assertThat($(Paragraph.class).id("declaration-reopened").getText()).contains("Mất điện đúng hôm hạn chót");
    }

    @Test
    void two_submissions_are_compared_criterion_by_criterion() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        long school = jdbc.sql("""
                SELECT s.unit_id FROM declaration_submission s
                JOIN campaign c ON c.id = s.campaign_id AND c.doc_number = '307/SGDĐT-VP'
                WHERE s.revision = 2 ORDER BY s.unit_id LIMIT 1""").query(Long.class).single();

        open("schools/" + school + "/declaration");

        assertThat($(Paragraph.class).id("compare-summary").getText()).startsWith("Từ lần 1 đến lần 2:");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("compare-changes").getChildren())
                .isNotEmpty().allSatisfy(item -> assertThat(item.getElement().getText()).startsWith("Tiêu chí ")
                        .contains(" → "));
    }

    /** Issued before directive 307, so that 307 stays the page's default campaign for the other tests. */
    private long ownCampaign(boolean locked, LocalDateTime deadline) {
        return system.call(() -> campaigns.create(new NewCampaign("TEST-FORM-" + System.nanoTime(),
                "Kiểm tra biểu mẫu", LocalDate.of(2020, 10, 1), deadline, idOf("38"),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, locked)).id());
    }

    private Component open(String location, long campaign) {
        UI.getCurrent().navigate(location, QueryParameters.of(DeclarationView.CAMPAIGN, String.valueOf(campaign)));
        return (Component) getCurrentView();
    }

    private Component open(String location) {
        UI.getCurrent().navigate(location);
        return (Component) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private int rowsOf(String id) {
        return $(Grid.class).all().stream().filter(g -> id.equals(g.getId().orElse(null))).findFirst()
                .map(g -> test((Grid<Object>) g).size()).orElse(0);
    }

    @SuppressWarnings("unchecked")
    private String historyCell(int row, int column) {
        Grid<Object> grid = (Grid<Object>) $(Grid.class).id("declaration-history");
        return test(grid).getCellText(row, column);
    }

    private long declaredSchoolUnder(String officeCode) {
        return jdbc.sql("""
                SELECT u.id FROM org_unit u JOIN declaration d ON d.unit_id = u.id
                JOIN campaign c ON c.id = d.campaign_id AND c.doc_number = '307/SGDĐT-VP'
                WHERE u.code LIKE :prefix AND u.kind = 'SCHOOL' ORDER BY u.code LIMIT 1""")
                .param("prefix", officeCode + "%").query(Long.class).single();
    }

    private long undeclaredSchool() {
        return jdbc.sql("""
                SELECT u.id FROM org_unit u LEFT JOIN declaration d ON d.unit_id = u.id
                AND d.campaign_id = (SELECT id FROM campaign WHERE doc_number = '307/SGDĐT-VP')
                WHERE u.code LIKE '38%' AND u.kind = 'SCHOOL' AND u.active AND d.id IS NULL ORDER BY u.code LIMIT 1""")
                .query(Long.class).single();
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }
}
