package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.OrgService;

@SafeSchoolTest
@WithUserDetails("lanhdao")
class RollupServiceTest {

    private static final Comparator<UnitRollup> BY_NAME = Comparator.comparing(r -> r.unit().name());

    @Autowired
    RollupService rollups;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;

    @Test
    void the_province_root_shows_the_numbers_of_directive_307() {
        UnitRollup province = rollups.of(now(), department());

        assertThat(province.institutions()).isEqualTo(882);
        assertThat(List.of(province.safe(), province.atRisk(), province.unsafe(), province.notDeclared()))
                .containsExactly(685L, 126L, 27L, 44L);
        assertThat(province.share(province.safe())).hasToString("77.7");
        assertThat(province.share(province.atRisk())).hasToString("14.3");
        assertThat(province.share(province.unsafe())).hasToString("3.1");
        assertThat(province.share(province.notDeclared())).hasToString("5.0");
        assertThat(province.completion()).hasToString("95.0");
    }

    @Test
    void the_children_of_a_level_add_up_to_their_parent() {
        List<UnitRollup> children = rollups.children(now(), department(), BY_NAME);

        assertThat(children).hasSize(17 + 63);
        assertThat(children.stream().mapToLong(UnitRollup::institutions).sum()).isEqualTo(882);
        assertThat(children.stream().mapToLong(UnitRollup::notDeclared).sum()).isEqualTo(44);
        assertThat(children.stream().mapToLong(UnitRollup::late).sum())
                .isEqualTo(rollups.of(now(), department()).late());
        assertThat(children).filteredOn(r -> !r.unit().isSchool()).allMatch(UnitRollup::hasChildren);
    }

    @Test
    void a_level_in_one_pass_gives_the_same_numbers_as_asking_for_the_unit_and_its_children() {
        RollupLevel level = rollups.level(now(), department(), BY_NAME);

        assertThat(level.unit()).isEqualTo(rollups.of(now(), department()));
        assertThat(level.children()).isEqualTo(rollups.children(now(), department(), BY_NAME));
        RollupLevel school = rollups.level(now(), unit("38010001"), BY_NAME);
        assertThat(school.unit().institutions()).isEqualTo(1);
        assertThat(school.children()).isEmpty();
    }

    @Test
    void lagging_only_keeps_the_units_with_something_to_follow_up() {
        List<UnitRollup> lagging = rollups.children(now().laggingOnly(), department(), BY_NAME);

        assertThat(lagging).isNotEmpty().allMatch(r -> r.notDeclared() + r.late() + r.stale() + r.unsafe()
                + r.atRisk() > 0);
        assertThat(lagging.size()).isLessThan(rollups.children(now(), department(), BY_NAME).size());
    }

    @Test
    void an_institution_type_filter_counts_only_that_type() {
        UnitRollup preschools = rollups.of(new RollupFilter(campaign(), null, Set.of(),
                Set.of(InstitutionType.UPPER_SECONDARY), Set.of()), department());

        assertThat(preschools.institutions()).isEqualTo(48);
    }

    @Test
    void the_numbers_as_of_the_deadline_leave_out_what_came_later() {
        var deadline = LocalDateTime.of(2021, 2, 25, 11, 0).atZone(Zones.VIETNAM).toInstant();
        UnitRollup atDeadline = rollups.of(now().asOf(deadline), department());
        UnitRollup today = rollups.of(now(), department());

        assertThat(atDeadline.institutions()).isEqualTo(882);
        assertThat(atDeadline.late()).isZero();
        assertThat(atDeadline.notDeclared()).isEqualTo(44 + today.late());
        UnitRollup beforeTheLetter = rollups.of(now().asOf(deadline.minusSeconds(4 * 24 * 3600)), department());
        assertThat(beforeTheLetter.notDeclared()).isEqualTo(882);
    }

    @Test
    @WithUserDetails("pgd.chuse")
    void a_district_admin_sees_only_their_district() {
        assertThat(rollups.of(now(), unit("3807")).institutions()).isEqualTo(66);
        assertThatThrownBy(() -> rollups.of(now(), unit("3801"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> rollups.children(now(), 1L, BY_NAME)).isInstanceOf(NotFound.class);
    }

    private RollupFilter now() {
        return RollupFilter.now(campaign());
    }

    private long campaign() {
        return campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id();
    }

    private long department() {
        return unit("38");
    }

    private long unit(String code) {
        return org.findByCode(code).map(u -> u.id()).orElseGet(() -> systemLookup(code));
    }

    /** A unit the signed-in user may not see still has an id; the service must answer for it like for any other. */
    @Autowired
    vn.safeschool.security.SystemTask system;

    private long systemLookup(String code) {
        return system.call(() -> org.findByCode(code).orElseThrow().id());
    }
}
