package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.NotFound;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

@SafeSchoolTest
@WithUserDetails("lanhdao")
class TrendServiceTest {

    @Autowired
    TrendService trends;
    @Autowired
    RollupService rollups;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SystemTask system;
    @Autowired
    Clock clock;

    @Test
    void the_last_point_is_now_and_equals_the_live_rollup() {
        long department = org.findByCode("38").orElseThrow().id();

        List<TrendPoint> points = trends.declaredOverTime(campaign().id(), department);

        UnitRollup now = rollups.of(RollupFilter.now(campaign().id()), department);
        TrendPoint last = points.getLast();
        assertThat(last.declared()).isEqualTo(now.declared()).isEqualTo(882 - 44);
        assertThat(last.safe()).isEqualTo(now.safe()).isEqualTo(685);
        assertThat(last.at()).isBeforeOrEqualTo(clock.instant());
        assertThat(points.getFirst().declared()).isZero();
    }

    @Test
    void the_declared_curve_never_goes_down_and_safe_never_exceeds_declared() {
        List<TrendPoint> points = trends.declaredOverTime(campaign().id(), org.findByCode("38").orElseThrow().id());

        assertThat(points).hasSizeGreaterThan(24);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).declared()).isGreaterThanOrEqualTo(points.get(i - 1).declared());
            assertThat(points.get(i).at()).isAfter(points.get(i - 1).at());
        }
        assertThat(points).allMatch(p -> p.safe() >= 0 && p.safe() <= p.declared());
    }

    @Test
    void the_curve_at_the_deadline_matches_the_rollup_as_of_the_deadline() {
        CampaignInfo campaign = campaign();
        long department = org.findByCode("38").orElseThrow().id();
        TrendPoint atDeadline = trends.declaredOverTime(campaign.id(), department).stream()
                .filter(p -> p.at().equals(campaign.deadline())).findFirst().orElseThrow();

        UnitRollup asOf = rollups.of(RollupFilter.now(campaign.id()).asOf(campaign.deadline()), department);

        assertThat(atDeadline.declared()).isEqualTo(asOf.declared());
        assertThat(atDeadline.safe()).isEqualTo(asOf.safe());
    }

    @Test
    @WithUserDetails("pgd.chuse")
    void a_district_admin_gets_the_curve_of_their_district_only() {
        long chuse = org.findByCode("3807").orElseThrow().id();
        long pleiku = system.call(() -> org.findByCode("3801").orElseThrow().id());

        List<TrendPoint> points = trends.declaredOverTime(campaign().id(), chuse);

        assertThat(points.getLast().declared())
                .isEqualTo(rollups.of(RollupFilter.now(campaign().id()), chuse).declared());
        assertThatThrownBy(() -> trends.declaredOverTime(campaign().id(), pleiku)).isInstanceOf(NotFound.class);
    }

    private CampaignInfo campaign() {
        return campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
    }
}
