package vn.safeschool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
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
