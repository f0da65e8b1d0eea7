package vn.safeschool.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.TypedDates;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.org.OrgService;

/**
 * The audit log's filters as people fill them in, and markup in what the log shows. Each test looks only at rows it
 * wrote itself, told apart by a marker of its own, never at "the newest" or at counts that other tests move.
 */
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
    ApplicationEventPublisher events;
    @Autowired
    AppClock clock;
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
        // rows whose actors hold the wildcards themselves and, beside them, letters in their places, under a marker
        // of this test's own
        String marker = "wildcard" + System.nanoTime();
        long department = org.findByCode("38").orElseThrow().id();
        for (String typed : new String[] {"%a", "xa", "_b", "yb"}) {
            events.publishEvent(new AuditEvent(AuditAction.LOGIN_FAILED, department, null, Map.of(), Map.of(),
                    marker + typed));
        }

        assertThat(actors(marker)).containsExactlyInAnyOrder(marker + "%a", marker + "xa", marker + "_b",
                marker + "yb");
        assertThat(actors(marker + "%")).containsExactly(marker + "%a");
        assertThat(actors(marker + "_")).containsExactly(marker + "_b");
        assertThat(audit.count(new AuditFilter(marker + "%", null, Set.of(), null, null))).isOne();
    }

    private List<String> actors(String typedIntoTheUserFilter) {
        return audit.search(new AuditFilter(typedIntoTheUserFilter, null, Set.of(), null, null), 0, 10).stream()
                .map(AuditEntry::actor).toList();
    }

    @Test
    void markup_in_a_reason_shows_in_the_log_as_the_text_typed() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        String reason = "<script>alert('audit " + System.nanoTime() + "')</script><img src=x onerror=alert(1)>";
        long school = org.findByCode("38010005").orElseThrow().id();
        long campaign = campaigns.create(new NewCampaign("TEST-AUDIT-MARKUP-" + System.nanoTime(),
                "Kiểm tra nhật ký", LocalDate.of(2020, 10, 1), LocalDateTime.of(2099, 12, 31, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)).id();
        Map<Integer, AnswerInput> answers = checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow()
                .criteria().stream().collect(Collectors.toMap(CriterionInfo::number, c -> AnswerInput.yes()));
        // from the minute before this test's own row, so that rows other tests add to the school cannot push it off
        LocalDateTime before = LocalDateTime.ofInstant(clock.instant(), Zones.VIETNAM).truncatedTo(ChronoUnit.MINUTES);
        declarations.submitOnBehalf(school, campaign, answers, null, reason);
        navigate(AuditView.class);

        test($(TextField.class).id("audit-unit")).setValue("38010005");
        $(DateTimePicker.class).id("audit-from").setValue(before);

        Grid<AuditEntry> grid = grid();
        int changes = test(grid).getColumnPosition("changes");
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(r -> test(grid).getCellText(r, changes)))
                .filteredOn(text -> text.contains(reason)).singleElement().asString().contains("Lý do: " + reason);
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return $(Grid.class).id("audit-grid");
    }
}
