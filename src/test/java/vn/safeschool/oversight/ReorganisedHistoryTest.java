package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.Structure;
import vn.safeschool.org.StructureService;
import vn.safeschool.org.UnitKind;

/**
 * Issue 13's history: after the 17 district offices are dissolved into communes, campaign 307 as of its deadline
 * still reads as it was under the old offices, and the same schools restated under the communes. Each test rolls
 * its reorganisation back, so that no other test meets the new tree.
 */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class ReorganisedHistoryTest {

    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());

    @Autowired
    RollupService rollups;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    StructureService structure;
    @Autowired
    Clock clock;

    private CampaignInfo campaign;
    private OrgUnitInfo department;

    @BeforeEach
    void find_campaign_307() {
        campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
        department = org.find(campaign.scopeUnitId()).orElseThrow();
    }

    @Test
    void campaign_307_just_before_the_arrangement_reads_as_it_was_under_the_old_district_offices() {
        // the demo's 685 / 126 / 27 / 44 are the figures of the day, late declarations included
        RollupFilter atDeadline = RollupFilter.now(campaign.id()).asOf(clock.instant().minusSeconds(1));
        List<UnitRollup> before = rollups.children(atDeadline, department.id(), BY_CODE);

        RestructuringPlan applied = structure.restructure(communes(), clock.instant(), null, "Sắp xếp 2025");

        assertThat(applied.split()).isEqualTo(17);
        assertThat(rollups.of(atDeadline.asOf(campaign.deadline()), department.id()).notDeclared()).isEqualTo(75);
        UnitRollup province = rollups.of(atDeadline, department.id());
        assertThat(List.of(province.safe(), province.atRisk(), province.unsafe(), province.notDeclared()))
                .containsExactly(685L, 126L, 27L, 44L);
        assertThat(province.institutions()).isEqualTo(882);
        List<UnitRollup> after = rollups.children(atDeadline, department.id(), BY_CODE);
        assertThat(after).hasSize(17 + 63);
        assertThat(counts(after)).isEqualTo(counts(before));
        assertThat(after).filteredOn(r -> r.unit().kind() == UnitKind.DISTRICT_OFFICE).hasSize(17);
    }

    @Test
    void the_same_moment_in_todays_structure_groups_the_882_schools_under_the_communes() {
        structure.restructure(communes(), clock.instant(), null, "Sắp xếp 2025");

        RollupFilter restated = RollupFilter.now(campaign.id()).asOf(clock.instant().minusSeconds(1))
                .in(Structure.TODAY);
        List<UnitRollup> children = rollups.children(restated, department.id(), BY_CODE);

        assertThat(children).filteredOn(r -> r.unit().kind() == UnitKind.COMMUNE).hasSize(17 * 3);
        assertThat(children).noneMatch(r -> r.unit().kind() == UnitKind.DISTRICT_OFFICE);
        assertThat(children.stream().mapToLong(UnitRollup::institutions).sum()).isEqualTo(882);
        assertThat(children.stream().mapToLong(UnitRollup::safe).sum()).isEqualTo(685);
        UnitRollup now = rollups.of(RollupFilter.now(campaign.id()), department.id());
        assertThat(now.institutions()).isEqualTo(882);
        assertThat(rollups.children(RollupFilter.now(campaign.id()), department.id(), BY_CODE))
                .filteredOn(r -> r.unit().kind() == UnitKind.COMMUNE).hasSize(17 * 3);
    }

    @Test
    void undoing_the_arrangement_brings_the_district_offices_back_now() {
        long event = 4_242_001L;
        structure.restructure(communes(), clock.instant(), event, "Sắp xếp 2025");

        structure.restructure(structure.compensation(event), clock.instant(), null, "Hoàn tác");

        List<UnitRollup> now = rollups.children(RollupFilter.now(campaign.id()), department.id(), BY_CODE);
        assertThat(now).filteredOn(r -> r.unit().kind() == UnitKind.DISTRICT_OFFICE).hasSize(17);
        assertThat(now).noneMatch(r -> r.unit().kind() == UnitKind.COMMUNE && r.institutions() > 0);
        assertThat(now.stream().mapToLong(UnitRollup::institutions).sum()).isEqualTo(882);
    }

    private Restructuring communes() {
        return CommuneArrangement.of(org, department);
    }

    private static List<List<Long>> counts(List<UnitRollup> rows) {
        return rows.stream().map(r -> List.of(r.unit().id(), r.institutions(), r.safe(), r.atRisk(), r.unsafe(),
                r.notDeclared(), r.late())).toList();
    }

}
