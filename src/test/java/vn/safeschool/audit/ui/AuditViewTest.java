package vn.safeschool.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitChanges;

/** The department staff's audit view shows what was just done, and narrows down by action and unit. */
@SafeSchoolTest
class AuditViewTest extends SpringBrowserlessTest {

    private static final int ACTION = 2;
    private static final int CHANGES = 5;

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    OrgService org;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    ApplicationEventPublisher events;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @BeforeEach
    void signIn() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_unit_change_made_in_a_test_shows_in_the_audit_view() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();
        String renamed = school.name() + " — đổi tên thử";
        try {
            org.update(school.id(), changes(school, renamed));
            navigate(AuditView.class);

            GridTester<Grid<AuditEntry>, AuditEntry> grid = grid();
            // other tests' rows may be newer (they move the clock): this test's row is the newest of its unit
            int row = rowOf(grid, "unit:" + school.id());
            assertThat(grid.getCellText(row, 1)).isEqualTo("vanphong");
            assertThat(grid.getCellText(row, ACTION)).isEqualTo(vietnamese("audit.action.UNIT_UPDATED"));
            assertThat(grid.getCellText(row, 3)).startsWith("38010001 — ");
            assertThat(grid.getCellText(row, CHANGES)).isEqualTo("Tên đơn vị: " + school.name() + " → " + renamed);
        } finally {
            org.update(school.id(), changes(school, school.name()));
        }
    }

    @Test
    void the_audit_view_filters_by_action() {
        OrgUnitInfo school = org.findByCode("38070030").orElseThrow();
        try {
            org.update(school.id(), changes(school, school.name() + " *"));
            navigate(AuditView.class);

            @SuppressWarnings("unchecked")
            MultiSelectComboBox<AuditAction> actions = $(MultiSelectComboBox.class).id("audit-actions");
            test(actions).selectItem(vietnamese("audit.action.UNIT_UPDATED"));

            GridTester<Grid<AuditEntry>, AuditEntry> grid = grid();
            assertThat(grid.size()).isPositive();
            for (int row = 0; row < Math.min(grid.size(), 20); row++) {
                assertThat(grid.getCellText(row, ACTION)).isEqualTo(vietnamese("audit.action.UNIT_UPDATED"));
            }
        } finally {
            org.update(school.id(), changes(school, school.name()));
        }
    }

    @Test
    void the_unit_code_narrows_to_the_subtree_and_an_unknown_code_shows_nothing() {
        navigate(AuditView.class);
        TextField unit = $(TextField.class).id("audit-unit");

        test(unit).setValue("3807");
        GridTester<Grid<AuditEntry>, AuditEntry> grid = grid();
        for (int row = 0; row < Math.min(grid.size(), 20); row++) {
            assertThat(grid.getRow(row).unitCode()).startsWith("3807");
        }
        test(unit).setValue("không-có-mã-này");
        assertThat(unit.isInvalid()).isTrue();
        assertThat(grid.size()).isZero();
    }

    @Test
    void changes_are_told_with_translated_fields_and_values_and_times_in_vietnam() {
        navigate(AuditView.class);
        AuditEntry accepted = new AuditEntry(1, Instant.parse("2021-03-01T03:00:00Z"), "vanphong",
                AuditAction.FOLLOWUP_ACCEPTED, null, null, null, "followup:1",
                Map.of("status", "RESPONDED", "due", "2021-02-28T10:00:00Z", "returned", "0"),
                Map.of("status", "ACCEPTED", "due", "2021-03-01T10:00:00Z", "returned", "0"));

        String shown = new AuditEntryGrid().changes(accepted);

        assertThat(shown).isEqualTo("Hạn: 17:00:00 28/02/2021 → 17:00:00 01/03/2021; "
                + "Trạng thái: Đã trả lời, chờ xem xét → Đã chấp nhận, đóng");
    }

    @Test
    void a_new_campaign_is_recorded_with_its_values() {
        CampaignInfo created = campaigns.create(new NewCampaign("TEST-AUDIT-" + System.nanoTime(),
                "Đợt ghi nhật ký", LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 10, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));

        AuditEntry entry = audit.search(new AuditFilter(null, null, Set.of(AuditAction.CAMPAIGN_CREATED), null,
                null), 0, 1).getFirst();

        assertThat(entry.target()).isEqualTo("campaign:" + created.id());
        assertThat(entry.after()).containsEntry("docNumber", created.docNumber())
                .containsEntry("title", "Đợt ghi nhật ký").containsEntry("deadline", "2020-10-10T11:00")
                .containsEntry("freshnessDays", "7");
        navigate(AuditView.class);
        assertThat(grid().getCellText(rowOf(grid(), "campaign:" + created.id()), CHANGES))
                .contains("Trích yếu: Đợt ghi nhật ký")
                .contains("11:00 10/10/2020");
    }

    @Test
    void sign_ins_are_hidden_until_asked_for() {
        events.publishEvent(new AuditEvent(AuditAction.LOGIN_SUCCEEDED, null, null, Map.of(), Map.of(),
                "vanphong"));
        navigate(AuditView.class);
        GridTester<Grid<AuditEntry>, AuditEntry> grid = grid();
        for (int row = 0; row < Math.min(grid.size(), 20); row++) {
            assertThat(grid.getRow(row).action()).isNotIn(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED);
        }

        test($(Checkbox.class).id("audit-sign-ins")).click();

        assertThat(grid().getRow(0).action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AuditEntry>, AuditEntry> grid() {
        return test((Grid<AuditEntry>) $(Grid.class).id("audit-grid"));
    }

    private UnitChanges changes(OrgUnitInfo unit, String name) {
        String email = jdbc.sql("SELECT contact_email FROM org_unit WHERE id = ?").param(unit.id())
                .query((row, n) -> row.getString(1)).list().getFirst();
        return new UnitChanges(name, unit.shortName(), unit.institutionType(), unit.ownership(), email, unit.active());
    }

    private static String vietnamese(String key) {
        return new Translations().getTranslation(key, Translations.VIETNAMESE);
    }

    /** The first (newest) row about the target. */
    private static int rowOf(GridTester<Grid<AuditEntry>, AuditEntry> grid, String target) {
        return java.util.stream.IntStream.range(0, grid.size()).filter(i -> target.equals(grid.getRow(i).target()))
                .findFirst().orElseThrow(() -> new AssertionError(target + " not in the audit view"));
    }
}
