package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.Structure;
import vn.safeschool.org.StructureService;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;
import vn.safeschool.security.SystemTask;

/**
 * Issue 13's whole province merge: a second department (Bình Định's, its 11 district offices, 33 schools under them
 * and 2 upper-secondary schools of its own, a campaign with declarations before its deadline) merged into Gia Lai's,
 * then every district office of the union dissolved into communes. Both histories must read as they were, today's
 * tree must hold both, and the accounts of the dissolved units must see what their new home holds. Everything is
 * built in the test's transaction and rolled back.
 */
@SafeSchoolTest
@Transactional
class ProvinceMergeTest {

    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());
    /** Bình Định's district-level units before July 2025. */
    private static final List<String> DISTRICTS = List.of("thành phố Quy Nhơn", "thị xã An Nhơn", "thị xã Hoài Nhơn",
            "huyện An Lão", "huyện Hoài Ân", "huyện Phù Cát", "huyện Phù Mỹ", "huyện Tây Sơn", "huyện Tuy Phước",
            "huyện Vân Canh", "huyện Vĩnh Thạnh");
    private static final InstitutionType[] LEVELS = {InstitutionType.PRESCHOOL, InstitutionType.PRIMARY,
        InstitutionType.LOWER_SECONDARY};
    private static final LocalDateTime BINH_DINH_DEADLINE = LocalDateTime.of(2021, 2, 10, 11, 0);

    @Autowired
    SystemTask system;
    @Autowired
    OrgService org;
    @Autowired
    StructureService structure;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DeclarationService declarations;
    @Autowired
    RollupService rollups;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    Clock clock;

    private OrgUnitInfo giaLai;
    private OrgUnitInfo binhDinh;
    private CampaignInfo c307;
    private CampaignInfo binhDinhCampaign;
    private final List<OrgUnitInfo> binhDinhSchools = new ArrayList<>();
    private AccountInfo binhDinhStaff;
    private AccountInfo quyNhonAdmin;
    private RollupFilter binhDinhAtDeadline;
    private RollupFilter c307AtDeadline;
    private RollupFilter c307JustBefore;
    private List<List<Long>> binhDinhBefore;
    private List<Long> binhDinhTotalBefore;
    private List<List<Long>> giaLaiAtDeadlineBefore;
    private List<List<Long>> giaLaiJustBeforeBefore;

    @BeforeEach
    void build_binh_dinh_beside_gia_lai_then_merge_them() {
        system.run(() -> {
            giaLai = org.findByCode("38").orElseThrow();
            c307 = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
            buildBinhDinh();
            binhDinhAtDeadline = RollupFilter.now(binhDinhCampaign.id())
                    .asOf(BINH_DINH_DEADLINE.atZone(Zones.VIETNAM).toInstant());
            c307AtDeadline = RollupFilter.now(c307.id()).asOf(c307.deadline());
            c307JustBefore = RollupFilter.now(c307.id()).asOf(clock.instant().minusSeconds(1));
            binhDinhBefore = counts(rollups.children(binhDinhAtDeadline, binhDinh.id(), BY_CODE));
            binhDinhTotalBefore = counts(List.of(rollups.of(binhDinhAtDeadline, binhDinh.id()))).getFirst();
            giaLaiAtDeadlineBefore = counts(rollups.children(c307AtDeadline, giaLai.id(), BY_CODE));
            giaLaiJustBeforeBefore = counts(rollups.children(c307JustBefore, giaLai.id(), BY_CODE));

            // 1 July 2025: one province, one department; its offices and direct units go with it
            structure.restructure(new Restructuring(List.of(new Step(1, Action.MERGE, binhDinh.code(),
                    giaLai.code(), null, null, null, null, null))), clock.instant(), null, "Hợp nhất tỉnh");
            // and the district level is gone: every office of the union dissolved into communes
            structure.restructure(CommuneArrangement.of(org, giaLai), clock.instant(), null, "Sắp xếp cấp xã");
        });
    }

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void each_departments_past_campaign_as_of_its_deadline_reads_exactly_as_before() {
        system.run(() -> {
            assertThat(binhDinhTotalBefore.get(1)).isEqualTo(35L);
            assertThat(binhDinhBefore).hasSize(11 + 2);
            assertThat(counts(rollups.children(binhDinhAtDeadline, binhDinh.id(), BY_CODE))).isEqualTo(binhDinhBefore);
            assertThat(counts(List.of(rollups.of(binhDinhAtDeadline, binhDinh.id()))).getFirst())
                    .isEqualTo(binhDinhTotalBefore);
            assertThat(rollups.children(binhDinhAtDeadline, binhDinh.id(), BY_CODE))
                    .filteredOn(r -> r.unit().kind() == UnitKind.DISTRICT_OFFICE).hasSize(11);

            assertThat(counts(rollups.children(c307AtDeadline, giaLai.id(), BY_CODE)))
                    .isEqualTo(giaLaiAtDeadlineBefore);
            List<UnitRollup> giaLaiThen = rollups.children(c307JustBefore, giaLai.id(), BY_CODE);
            assertThat(counts(giaLaiThen)).isEqualTo(giaLaiJustBeforeBefore);
            assertThat(giaLaiThen).hasSize(17 + 63).noneMatch(r -> r.unit().code().startsWith("37"));
            UnitRollup province = rollups.of(c307JustBefore, giaLai.id());
            assertThat(List.of(province.safe(), province.atRisk(), province.unsafe(), province.notDeclared()))
                    .containsExactly(685L, 126L, 27L, 44L);
        });
    }

    @Test
    void todays_tree_holds_both_provinces_under_one_department() {
        system.run(() -> {
            List<OrgUnitInfo> children = org.children(giaLai.id());
            assertThat(children).filteredOn(u -> u.kind() == UnitKind.COMMUNE && u.active())
                    .hasSize((17 + 11) * 3);
            assertThat(children).noneMatch(u -> u.kind() == UnitKind.DISTRICT_OFFICE && u.active());
            assertThat(children).filteredOn(u -> u.code().startsWith("THPT-37")).hasSize(2);
            assertThat(org.find(binhDinh.id()).orElseThrow().active()).isFalse();
            for (OrgUnitInfo school : binhDinhSchools) {
                assertThat(org.pathTo(school.id()).getFirst().id()).isEqualTo(giaLai.id());
            }
            // the Bình Định figures restated onto today's units: its 35 schools, under the union's communes
            List<UnitRollup> restated = rollups.children(binhDinhAtDeadline.in(Structure.TODAY), giaLai.id(), BY_CODE);
            assertThat(restated.stream().mapToLong(UnitRollup::institutions).sum()).isEqualTo(35);
            assertThat(restated.stream().mapToLong(UnitRollup::safe).sum()).isEqualTo(binhDinhTotalBefore.get(2));
            assertThat(restated).filteredOn(r -> r.institutions() > 0)
                    .allMatch(r -> r.unit().code().startsWith("X37") || r.unit().code().startsWith("THPT-37"));
        });
    }

    @Test
    void a_staff_account_of_the_dissolved_department_moved_to_the_union_sees_todays_schools_and_its_old_declarations() {
        system.run(() -> {
            assertThat(accounts.homedAt(List.of(binhDinh.id()))).extracting(AccountInfo::username)
                    .containsExactly(binhDinhStaff.username());
            accounts.rehome(Map.of(binhDinhStaff.id(), giaLai.id()), "Hợp nhất tỉnh");
        });
        FollowUpFixture.as(binhDinhStaff.username(), users, contexts);

        assertThat(org.home().id()).isEqualTo(giaLai.id());
        assertThat(org.find(binhDinhSchools.getFirst().id())).isPresent();
        assertThat(org.findByCode("38010001")).isPresent();
        UnitRollup restated = rollups.of(binhDinhAtDeadline.in(Structure.TODAY), giaLai.id());
        assertThat(counts(List.of(restated)).getFirst().subList(1, 7)).isEqualTo(binhDinhTotalBefore.subList(1, 7));
        assertThat(counts(rollups.children(binhDinhAtDeadline, binhDinh.id(), BY_CODE))).isEqualTo(binhDinhBefore);
    }

    @Test
    void a_former_district_admin_moved_to_a_commune_covers_only_that_communes_schools() {
        OrgUnitInfo quyNhon = system.call(() -> org.findByCode("3701")).orElseThrow();
        OrgUnitInfo commune = system.call(() -> org.findByCode("X37011")).orElseThrow();
        OrgUnitInfo neighbour = system.call(() -> org.findByCode("X37012")).orElseThrow();
        List<OrgUnitInfo> ownSchools = system.call(() -> schoolsUnder(commune));
        List<OrgUnitInfo> neighbourSchools = system.call(() -> schoolsUnder(neighbour));
        system.run(() -> accounts.rehome(Map.of(quyNhonAdmin.id(), commune.id()), "Sắp xếp cấp xã"));
        FollowUpFixture.as(quyNhonAdmin.username(), users, contexts);

        assertThat(ownSchools).isNotEmpty();
        ownSchools.forEach(s -> assertThat(org.find(s.id())).isPresent());
        neighbourSchools.forEach(s -> assertThat(org.find(s.id())).isEmpty());
        // the dissolved office lies under its principal successor, this commune: its history follows it here
        assertThat(org.find(quyNhon.id())).hasValueSatisfying(o -> assertThat(o.active()).isFalse());
        RollupFilter restated = binhDinhAtDeadline.in(Structure.TODAY);
        assertThat(rollups.of(restated, commune.id()).institutions()).isEqualTo(ownSchools.size());
        // the past as it was: in Bình Định's tree under the Quy Nhơn office, counting only this commune's schools
        OrgUnitInfo rootThen = rollups.root(binhDinhAtDeadline);
        assertThat(rootThen.path()).contains("/" + binhDinh.id() + "/" + quyNhon.id() + "/");
        assertThat(rollups.of(binhDinhAtDeadline, rootThen.id()).institutions()).isEqualTo(ownSchools.size());
        assertThat(rollups.of(binhDinhAtDeadline, rootThen.id()).institutions())
                .isEqualTo(rollups.of(restated, commune.id()).institutions());
    }

    /** Bình Định as it was before July 2025, with a campaign of its own declared before its deadline. */
    private void buildBinhDinh() {
        binhDinh = org.create(new NewOrgUnit(null, "37", "Sở Giáo dục và Đào tạo Bình Định", "Sở GDĐT Bình Định",
                UnitKind.DEPARTMENT, null, null, null));
        for (int d = 0; d < DISTRICTS.size(); d++) {
            String officeCode = "37%02d".formatted(d + 1);
            OrgUnitInfo office = org.create(new NewOrgUnit(binhDinh.id(), officeCode,
                    "Phòng GDĐT " + DISTRICTS.get(d), null, UnitKind.DISTRICT_OFFICE, null, null, null));
            for (int s = 0; s < 3; s++) {
                binhDinhSchools.add(org.create(new NewOrgUnit(office.id(), officeCode + "%04d".formatted(s + 1),
                        "Trường " + LEVELS[s].name().toLowerCase(Locale.ROOT) + " số " + (s + 1) + " "
                                + DISTRICTS.get(d), null, UnitKind.SCHOOL, LEVELS[s], Ownership.PUBLIC, null)));
            }
        }
        for (int s = 1; s <= 2; s++) {
            binhDinhSchools.add(org.create(new NewOrgUnit(binhDinh.id(), "THPT-37" + s,
                    "Trường THPT số " + s + " Quy Nhơn", null, UnitKind.SCHOOL, InstitutionType.UPPER_SECONDARY,
                    Ownership.PUBLIC, null)));
        }
        binhDinhCampaign = campaigns.create(new NewCampaign("BD-01/SGDĐT", "Khai báo an toàn COVID-19 Bình Định",
                LocalDate.of(2021, 2, 1), BINH_DINH_DEADLINE, binhDinh.id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));
        Instant declaredAt = BINH_DINH_DEADLINE.atZone(Zones.VIETNAM).toInstant().minus(Duration.ofDays(3));
        for (int i = 0; i < binhDinhSchools.size(); i++) {
            if (i % 5 == 4) {
                continue; // never declared
            }
            Integer[] failed = i % 4 == 0 ? new Integer[] {1, 2, 3, 4, 5, 6} : i % 3 == 0 ? new Integer[] {7}
                    : new Integer[0];
            declarations.importSubmission(binhDinhSchools.get(i).id(), binhDinhCampaign.id(),
                    FollowUpFixture.failing(failed), declaredAt.plusSeconds(60L * i), null);
        }
        binhDinhStaff = accounts.create(new NewAccount("vanphong.binhdinh", null, "Trần Thị Bình",
                null, null, Role.DEPARTMENT_STAFF, binhDinh.id(), Locale.of("vi"))).account();
        quyNhonAdmin = accounts.create(new NewAccount("pgd.quynhon", null, "Nguyễn Văn Nhơn", null, null,
                Role.DISTRICT_ADMIN, org.findByCode("3701").orElseThrow().id(), Locale.of("vi"))).account();
    }

    private List<OrgUnitInfo> schoolsUnder(OrgUnitInfo unit) {
        return org.children(unit.id()).stream().filter(OrgUnitInfo::isSchool).toList();
    }

    private static List<List<Long>> counts(List<UnitRollup> rows) {
        return rows.stream().map(r -> List.of(r.unit().id(), r.institutions(), r.safe(), r.atRisk(), r.unsafe(),
                r.notDeclared(), r.late())).toList();
    }
}
