package vn.safeschool.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
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
import vn.safeschool.TypedDates;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.org.OrgService;

/** The audit log's filters as people fill them in, and markup in what the log shows. */
@SafeSchoolTest
class AuditBadInputTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    AuditService audit;
    @Autowired
    DeclarationService declarations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    JdbcClient jdbc;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_to_before_the_from_is_refused_at_the_field_by_the_view_and_by_the_service() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(AuditView.class);

        $(DateTimePicker.class).id("audit-from").setValue(LocalDateTime.of(2021, 2, 26, 9, 0));
        $(DateTimePicker.class).id("audit-to").setValue(LocalDateTime.of(2021, 2, 25, 9, 0));

        DateTimePicker to = $(DateTimePicker.class).id("audit-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Thời điểm \"đến\" phải sau thời điểm \"từ\".");
        assertThat(test(grid()).size()).isZero();
        assertThatThrownBy(() -> audit.search(new AuditFilter(null, null, Set.of(),
                Instant.parse("2021-02-26T02:00:00Z"), Instant.parse("2021-02-25T02:00:00Z")), 0, 10))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("audit.error.from-after-to"));
    }

    @Test
    void a_date_that_cannot_be_read_says_so_in_the_users_language() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(AuditView.class);
        DateTimePicker from = $(DateTimePicker.class).id("audit-from");

        TypedDates.typeUnreadable(from, "31/02/20x1");

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).startsWith("Không đọc được ngày giờ đã nhập.");
        assertThat(from.getValue()).isNull();
    }

    @Test
    void wildcards_typed_into_the_user_filter_are_looked_for_literally() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);

        long all = audit.count(AuditFilter.all());

        for (String wildcard : new String[] {"%", "_"}) {
            // only the actors whose name holds the character itself (a sign-in typed with it, say), not everyone
            long literal = jdbc.sql("""
                    SELECT COUNT(*) FROM audit_event
                    WHERE INSTR(actor_name, ?) > 0 AND (unit_path LIKE ? OR unit_path IS NULL)""")
                    .param(wildcard).param(org.findByCode("38").orElseThrow().path() + "%").query(Long.class)
                    .single();
            assertThat(audit.count(new AuditFilter(wildcard, null, Set.of(), null, null))).isEqualTo(literal)
                    .isLessThan(all);
        }
        assertThat(audit.count(new AuditFilter("vanphong", null, Set.of(), null, null))).isPositive();
    }

    @Test
    void markup_in_a_reason_shows_in_the_log_as_the_text_typed() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        String reason = "<script>alert('audit')</script><img src=x onerror=alert(1)>";
        long school = org.findByCode("38010005").orElseThrow().id();
        long campaign = campaigns.create(new NewCampaign("TEST-AUDIT-MARKUP-" + System.nanoTime(),
                "Kiểm tra nhật ký", LocalDate.of(2020, 10, 1), LocalDateTime.of(2099, 12, 31, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)).id();
        Map<Integer, AnswerInput> answers = checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow()
                .criteria().stream().collect(Collectors.toMap(CriterionInfo::number, c -> AnswerInput.yes()));
        declarations.submitOnBehalf(school, campaign, answers, null, reason);
        navigate(AuditView.class);

        test($(TextField.class).id("audit-unit")).setValue("38010005");

        Grid<AuditEntry> grid = grid();
        int changes = test(grid).getColumnPosition("changes");
        assertThat(IntStream.range(0, Math.min(20, test(grid).size())).mapToObj(r -> test(grid).getCellText(r, changes)))
                .anyMatch(text -> text.contains("Lý do: " + reason));
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return $(Grid.class).id("audit-grid");
    }
}
