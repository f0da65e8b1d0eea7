package vn.safeschool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.checklist.StatusRule;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

@SafeSchoolTest
@WithUserDetails("lanhdao")
class GiaLaiDemoProvinceTest {

    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RollupService rollups;
    @Autowired
    ChecklistService checklists;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_schools_stored_status_is_what_the_campaigns_checklist_rule_makes_of_its_stored_answers() {
        CampaignInfo campaign = campaign();
        StatusRule rule = checklists.find(campaign.checklistVersionId()).orElseThrow().rule();
        record Stored(SafetyStatus status, int met) {
        }
        Map<Long, Stored> stored = new HashMap<>();
        Map<Long, Set<Integer>> metNumbers = new HashMap<>();
        jdbc.sql("SELECT id, status, met_count FROM declaration WHERE campaign_id = ?").param(campaign.id())
                .query((row, n) -> {
                    stored.put(row.getLong(1), new Stored(SafetyStatus.valueOf(row.getString(2)), row.getInt(3)));
                    metNumbers.put(row.getLong(1), new HashSet<>());
                    return null;
                }).list();
        jdbc.sql("""
                SELECT a.declaration_id, c.number FROM declaration_answer a
                JOIN declaration d ON d.id = a.declaration_id JOIN criterion c ON c.id = a.criterion_id
                WHERE d.campaign_id = ? AND a.met""").param(campaign.id())
                .query((row, n) -> metNumbers.get(row.getLong(1)).add(row.getInt(2))).list();

        Map<SafetyStatus, Integer> recomputed = new EnumMap<>(SafetyStatus.class);
        stored.forEach((declaration, what) -> {
            Assessment assessment = rule.assess(metNumbers.get(declaration));
            assertThat(new Stored(assessment.status(), assessment.met())).as("declaration %d", declaration)
                    .isEqualTo(what);
            recomputed.merge(assessment.status(), 1, Integer::sum);
        });
        assertThat(recomputed).containsExactlyInAnyOrderEntriesOf(Map.of(SafetyStatus.SAFE, 685,
                SafetyStatus.AT_RISK, 126, SafetyStatus.UNSAFE, 27));
        assertThat(882 - stored.size()).as("not declared").isEqualTo(44);
    }

    @Test
    void the_province_yields_the_numbers_of_directive_307_through_the_rule() {
        UnitRollup counts = rollups.of(RollupFilter.now(campaign().id()), department().id());

        assertThat(counts.institutions()).isEqualTo(882);
        assertThat(counts.safe()).isEqualTo(685);
        assertThat(counts.atRisk()).isEqualTo(126);
        assertThat(counts.unsafe()).isEqualTo(27);
        assertThat(counts.notDeclared()).isEqualTo(44);
        assertThat(counts.late()).isPositive().isLessThan(counts.declared());
    }

    @Test
    void the_department_has_seventeen_district_offices_and_direct_units() {
        List<OrgUnitInfo> children = org.children(department().id());

        assertThat(children).filteredOn(u -> u.kind() == UnitKind.DISTRICT_OFFICE).hasSize(17)
                .extracting(OrgUnitInfo::shortName).contains("Phòng GDĐT Pleiku", "Phòng GDĐT Chư Sê");
        assertThat(children).filteredOn(OrgUnitInfo::isSchool).hasSize(63);
    }

    @Test
    void district_counts_add_up_to_the_province() {
        long campaignId = campaign().id();
        long sum = org.children(department().id()).stream()
                .mapToLong(u -> rollups.of(RollupFilter.now(campaignId), u.id()).institutions()).sum();

        assertThat(sum).isEqualTo(882);
    }

    @Test
    void a_school_counts_only_itself() {
        UnitRollup school = rollups.of(RollupFilter.now(campaign().id()),
                org.findByCode("38010001").orElseThrow().id());

        assertThat(school.institutions()).isEqualTo(1);
    }

    @Test
    void the_campaign_has_the_deadline_of_the_letter_in_vietnam_time() {
        CampaignInfo campaign = campaign();

        assertThat(campaign.issuedOn()).hasToString("2021-02-22");
        assertThat(campaign.deadlineInVietnam().toLocalDateTime()).hasToString("2021-02-25T11:00");
    }

    private OrgUnitInfo department() {
        return org.findByCode(GiaLaiDemoData.DEPARTMENT_CODE).orElseThrow();
    }

    private CampaignInfo campaign() {
        return campaigns.findByDocNumber(GiaLaiDemoData.CAMPAIGN_NUMBER).orElseThrow();
    }
}
