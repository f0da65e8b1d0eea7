package vn.safeschool.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitChanges;

@SafeSchoolTest
@WithUserDetails("vanphong")
class AuditServiceTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    AuditService audit;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DeclarationService declarations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_unit_change_is_logged_with_who_when_and_the_values_before_and_after() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();
        Instant before = clock.instant().minusSeconds(1);
        try {
            org.update(school.id(), changes(school, school.name() + " (kiểm tra nhật ký)"));

            AuditEntry entry = latest(AuditAction.UNIT_UPDATED, school.id());
            assertThat(entry.actor()).isEqualTo("vanphong");
            assertThat(entry.when()).isAfter(before).isBefore(clock.instant().plusSeconds(1));
            assertThat(entry.target()).isEqualTo("unit:" + school.id());
            assertThat(entry.unitId()).isEqualTo(school.id());
            assertThat(entry.unitCode()).isEqualTo("38010001");
            assertThat(entry.before()).containsEntry("name", school.name());
            assertThat(entry.after()).containsEntry("name", school.name() + " (kiểm tra nhật ký)");
            assertThat(entry.changes()).containsExactly(new AuditEntry.Change("name", school.name(),
                    school.name() + " (kiểm tra nhật ký)"));
        } finally {
            org.update(school.id(), changes(school, school.name()));
        }
    }

    @Test
    void a_declaration_entered_on_behalf_is_logged_with_its_campaign_result_and_reason() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();
        CampaignInfo campaign = ownCampaign();

        declarations.submitOnBehalf(school.id(), campaign.id(), allMet(campaign), null, "Trường nhờ Sở nhập hộ");

        AuditEntry entry = latest(AuditAction.DECLARATION_ON_BEHALF, school.id());
        assertThat(entry.actor()).isEqualTo("vanphong");
        assertThat(entry.target()).startsWith("declaration:");
        assertThat(entry.before()).isEmpty();
        assertThat(entry.after()).containsEntry("campaign", campaign.docNumber()).containsEntry("revision", "1")
                .containsEntry("status", "SAFE").containsEntry("met", "15/15")
                .containsEntry("reason", "Trường nhờ Sở nhập hộ");
        assertThat(entry.changes()).extracting(AuditEntry.Change::field)
                .contains("campaign", "status", "met", "late", "revision", "reason");
    }

    @Test
    void the_unit_filter_keeps_only_the_events_of_that_subtree() {
        OrgUnitInfo pleikuSchool = org.findByCode("38010001").orElseThrow();
        OrgUnitInfo chuSeSchool = org.findByCode("38070030").orElseThrow();
        OrgUnitInfo pleiku = org.findByCode("3801").orElseThrow();
        try {
            org.update(pleikuSchool.id(), changes(pleikuSchool, pleikuSchool.name() + " *"));
            org.update(chuSeSchool.id(), changes(chuSeSchool, chuSeSchool.name() + " *"));

            List<AuditEntry> underPleiku = audit.search(
                    new AuditFilter(null, pleiku.id(), Set.of(AuditAction.UNIT_UPDATED), null, null), 0, 100);

            assertThat(underPleiku).isNotEmpty().allSatisfy(e -> assertThat(e.unitCode()).startsWith("3801"));
            assertThat(underPleiku).extracting(AuditEntry::target).contains("unit:" + pleikuSchool.id())
                    .doesNotContain("unit:" + chuSeSchool.id());
            assertThat(audit.count(new AuditFilter(null, pleiku.id(), Set.of(AuditAction.UNIT_UPDATED), null,
                    null))).isGreaterThanOrEqualTo(underPleiku.size());
        } finally {
            org.update(pleikuSchool.id(), changes(pleikuSchool, pleikuSchool.name()));
            org.update(chuSeSchool.id(), changes(chuSeSchool, chuSeSchool.name()));
        }
    }

    @Test
    void the_filters_by_user_action_and_time_are_combined() {
        Instant start = clock.instant().minusSeconds(1);
        publish(new AuditEvent(AuditAction.LOGIN_FAILED, null, null, Map.of(), Map.of(), "Nobody_Audit%Test"));

        List<AuditEntry> found = audit.search(new AuditFilter("body_audit%t", null,
                Set.of(AuditAction.LOGIN_FAILED), start, null), 0, 10);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("Nobody_Audit%Test");
            assertThat(e.unitId()).isNull();
        });
        assertThat(audit.search(new AuditFilter("body_audit%t", null, Set.of(AuditAction.LOGIN_SUCCEEDED), start,
                null), 0, 10)).isEmpty();
        assertThat(audit.search(new AuditFilter("body_audit%t", null, Set.of(), null, start), 0, 10)).isEmpty();
        assertThat(audit.search(new AuditFilter("bodyXaudit", null, Set.of(), start, null), 0, 10))
                .as("_ and %% match themselves").isEmpty();
    }

    @Test
    void events_without_a_unit_are_not_shown_when_filtering_by_unit() {
        publish(new AuditEvent(AuditAction.LOGIN_FAILED, null, null, Map.of(), Map.of(), "nobody-unit-filter"));
        long department = org.findByCode("38").orElseThrow().id();

        assertThat(audit.search(new AuditFilter("nobody-unit-filter", null, Set.of(), null, null), 0, 10)).hasSize(1);
        assertThat(audit.search(new AuditFilter("nobody-unit-filter", department, Set.of(), null, null), 0, 10))
                .isEmpty();
    }

    @Test
    @WithUserDetails("pgd.chuse")
    void a_district_admin_cannot_see_the_history_of_another_district() {
        long pleiku = idOf("3801");
        long pleikuSchool = idOf("38010001");

        assertThatThrownBy(() -> audit.historyOfUnit(pleiku, 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> audit.historyOfUnit(pleikuSchool, 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> audit.historyOfUnit(999_999_999L, 10)).isInstanceOf(NotFound.class);
        assertThat(audit.historyOfUnit(idOf("3807"), 50)).isNotNull()
                .allSatisfy(e -> assertThat(e.unitCode()).startsWith("3807"));
    }

    @Test
    @WithUserDetails("pgd.chuse")
    void a_district_admin_cannot_search_the_audit_log() {
        assertThatThrownBy(() -> audit.search(AuditFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ht.pleiku")
    void a_principal_sees_the_history_of_their_own_school() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();

        assertThat(audit.historyOfUnit(school.id(), 500))
                .allSatisfy(e -> assertThat(e.unitId()).isEqualTo(school.id()));
        assertThatThrownBy(() -> audit.historyOfUnit(idOf("3801"), 10)).isInstanceOf(NotFound.class);
    }

    private AuditEntry latest(AuditAction action, long unitId) {
        return audit.search(new AuditFilter(null, unitId, Set.of(action), null, null), 0, 1).getFirst();
    }

    private void publish(AuditEvent event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    /** The unit's facts as they are, with another name (the contact e-mail is not in OrgUnitInfo: read it). */
    private UnitChanges changes(OrgUnitInfo unit, String name) {
        String email = jdbc.sql("SELECT contact_email FROM org_unit WHERE id = ?").param(unit.id())
                .query((row, n) -> row.getString(1)).list().getFirst();
        return new UnitChanges(name, unit.shortName(), unit.institutionType(), unit.ownership(), email, unit.active());
    }

    /** A campaign of the test's own, issued before the demo's so the dashboard still opens on directive 307. */
    private CampaignInfo ownCampaign() {
        String number = "TEST-AUDIT-" + System.nanoTime();
        return campaigns.create(new NewCampaign(number, "Kiểm tra nhật ký", LocalDate.of(2020, 9, 1),
                LocalDateTime.of(2020, 9, 5, 11, 0), org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));
    }

    private Map<Integer, AnswerInput> allMet(CampaignInfo campaign) {
        return checklists.find(campaign.checklistVersionId()).orElseThrow().criteria().stream()
                .collect(Collectors.toMap(CriterionInfo::number, c -> AnswerInput.yes()));
    }
}
