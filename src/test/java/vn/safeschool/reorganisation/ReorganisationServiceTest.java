package vn.safeschool.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitKind;
import vn.safeschool.reorganisation.ReorgPreview.AccountChoice;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;

/**
 * Reorganisations as staff record them, with the demo's own mapping file (17 district offices split into 82
 * communes and wards). Each test's transaction is rolled back, so that no other test meets the new tree.
 */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class ReorganisationServiceTest {

    @Autowired
    ReorganisationService reorganisations;
    @Autowired
    ReorgPoller poller;
    @Autowired
    AccountService accounts;
    @Autowired
    OrgService org;
    @Autowired
    RollupService rollups;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void the_demo_mapping_file_previews_with_no_problem_and_zero_orphans() {
        ReorgPreview preview = reorganisations.preview(demoDraft(clock.instant()).id());

        assertThat(preview.plan().problems()).isEmpty();
        assertThat(preview.plan().created()).isEqualTo(82);
        assertThat(preview.plan().dissolved()).hasSize(17);
        assertThat(preview.plan().moved()).isEqualTo(819);
        assertThat(preview.orphans()).isZero();
        assertThat(preview.canApply()).isTrue();
        AccountChoice chuse = choiceOf(preview, "pgd.chuse");
        assertThat(chuse.target()).isNotNull();
        assertThat(chuse.target().code()).isEqualTo("38X0701");
        assertThat(chuse.options()).extracting(ReorgPreview.Target::kind).containsOnly(UnitKind.COMMUNE);
        assertThat(preview.campaigns()).extracting(ReorgPreview.TouchedCampaign::docNumber)
                .contains("307/SGDĐT-VP");
    }

    @Test
    void applying_moves_each_account_as_decided_tells_the_person_and_keeps_307_as_it_was() {
        ReorgSummary draft = demoDraft(clock.instant());
        AccountInfo pleiku = accounts.findByUsername("pgd.pleiku").orElseThrow();
        ReorgSummary decided = reorganisations.decide(draft.id(), draft.version(), pleiku.id(), null);
        CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
        RollupFilter asOfBefore = RollupFilter.now(campaign.id()).asOf(clock.instant().minusSeconds(1));

        ReorgSummary applied = reorganisations.apply(decided.id(), decided.version());

        assertThat(applied.status()).isEqualTo(ReorgStatus.APPLIED);
        AccountInfo chuse = accounts.findByUsername("pgd.chuse").orElseThrow();
        assertThat(org.find(chuse.homeUnitId()).orElseThrow().code()).isEqualTo("38X0701");
        assertThat(accounts.findByUsername("pgd.pleiku").orElseThrow().enabled()).isFalse();
        assertThat(inboxSubjects(chuse.id())).anyMatch(s -> s.contains(draft.title()));
        assertThat(inboxSubjects(pleiku.id())).anyMatch(s -> s.contains("vô hiệu hoá"));
        UnitRollup province = rollups.of(asOfBefore, campaign.scopeUnitId());
        assertThat(List.of(province.safe(), province.atRisk(), province.unsafe(), province.notDeclared()))
                .containsExactly(685L, 126L, 27L, 44L);
        assertThat(rollups.children(RollupFilter.now(campaign.id()), campaign.scopeUnitId(),
                java.util.Comparator.comparing(r -> r.unit().code())))
                .filteredOn(r -> r.unit().kind() == UnitKind.COMMUNE).hasSize(82);
    }

    @Test
    void an_applied_event_reads_what_applying_did_and_still_does_after_it_is_undone() {
        ReorgSummary draft = demoDraft(clock.instant());
        ReorgPreview before = reorganisations.preview(draft.id());
        ReorgSummary applied = reorganisations.apply(draft.id(), draft.version());

        ReorgPreview after = reorganisations.preview(applied.id());

        assertThat(after.asApplied()).isTrue();
        assertThat(after.plan()).usingRecursiveComparison().ignoringFields("dissolved").isEqualTo(before.plan());
        assertThat(after.plan().dissolved()).hasSize(17)
                .containsExactlyInAnyOrderElementsOf(before.plan().dissolved());
        assertThat(after.openWork()).isEqualTo(before.openWork());
        assertThat(after.canApply()).isFalse();
        AccountChoice chuse = choiceOf(after, "pgd.chuse");
        assertThat(chuse.homeCode()).isEqualTo("3807");
        assertThat(chuse.target()).isEqualTo(choiceOf(before, "pgd.chuse").target());
        assertThat(after.accounts()).hasSameSizeAs(before.accounts());

        ReorgSummary undo = reorganisations.undo(applied.id(), applied.version());
        ReorgPreview original = reorganisations.preview(applied.id());
        assertThat(original.event().status()).isEqualTo(ReorgStatus.UNDONE);
        assertThat(original.plan()).usingRecursiveComparison().isEqualTo(after.plan());
        ReorgPreview compensating = reorganisations.preview(undo.id());
        assertThat(compensating.asApplied()).isTrue();
        assertThat(compensating.plan().problems()).isEmpty();
        assertThat(compensating.plan().closed()).isEqualTo(82);
    }

    @Test
    void a_target_of_the_wrong_level_is_refused_and_nothing_is_decided() {
        ReorgSummary draft = demoDraft(clock.instant());
        AccountInfo chuse = accounts.findByUsername("pgd.chuse").orElseThrow();

        assertThatThrownBy(() -> reorganisations.decide(draft.id(), draft.version(), chuse.id(), "38070001"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "reorg.error.bad-target");
        assertThat(choiceOf(reorganisations.preview(draft.id()), "pgd.chuse").chosen()).isFalse();
    }

    @Test
    void a_stale_version_is_refused() {
        ReorgSummary draft = demoDraft(clock.instant());
        AccountInfo chuse = accounts.findByUsername("pgd.chuse").orElseThrow();
        reorganisations.decide(draft.id(), draft.version(), chuse.id(), "38X0702");

        assertThatThrownBy(() -> reorganisations.apply(draft.id(), draft.version()))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.changed-meanwhile");
    }

    @Test
    void a_future_event_is_scheduled_and_takes_effect_by_itself_when_its_moment_comes() {
        AppClock appClock = (AppClock) clock;
        ReorgSummary draft = demoDraft(clock.instant().plus(Duration.ofHours(2)));

        ReorgSummary scheduled = reorganisations.apply(draft.id(), draft.version());
        assertThat(scheduled.status()).isEqualTo(ReorgStatus.SCHEDULED);
        assertThat(poller.runDue()).isZero();
        try {
            appClock.advance(Duration.ofHours(3));
            assertThat(poller.runDue()).isEqualTo(1);
        } finally {
            appClock.advance(Duration.ofHours(-3));
        }
        assertThat(reorganisations.find(draft.id()).orElseThrow().status()).isEqualTo(ReorgStatus.APPLIED);
        assertThat(org.findByCode("3807").orElseThrow().active()).isFalse();
    }

    @Test
    void undoing_gives_back_the_tree_and_the_accounts_by_a_compensating_event() {
        ReorgSummary draft = demoDraft(clock.instant());
        ReorgSummary applied = reorganisations.apply(draft.id(), draft.version());

        ReorgSummary undo = reorganisations.undo(applied.id(), applied.version());

        assertThat(undo.undoesEventId()).isEqualTo(applied.id());
        assertThat(undo.status()).isEqualTo(ReorgStatus.APPLIED);
        assertThat(reorganisations.find(applied.id()).orElseThrow().status()).isEqualTo(ReorgStatus.UNDONE);
        OrgUnitInfo chuseOffice = org.findByCode("3807").orElseThrow();
        assertThat(chuseOffice.active()).isTrue();
        assertThat(accounts.findByUsername("pgd.chuse").orElseThrow().homeUnitId()).isEqualTo(chuseOffice.id());
        assertThat(org.children(chuseOffice.id())).hasSize(66);
    }

    @Test
    void a_mapping_file_whose_rows_contradict_the_tree_names_each_row_and_cannot_be_applied() {
        String csv = """
                Thao tác,Mã cũ,Mã mới,Mã đơn vị cấp trên mới,Tên mới,Cấp
                Chuyển,KHONGCO,,38,,
                Chuyển,3801,,38010001,,
                Sáp nhập,3802,3803,,,
                Chuyển,3802,,38,,
                Đổi mã,38010001,38010002,,,
                Giải thể,3804,,,,
                """;
        ReorgSummary draft = java.util.Objects.requireNonNull(reorganisations.draftFromFile("Sai", clock.instant(),
                "sai.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).event());

        ReorgPreview preview = reorganisations.preview(draft.id());

        assertThat(preview.plan().problems()).extracting(p -> p.line() + " " + p.key()).contains(
                "2 reorg.problem.unknown-code", "3 reorg.problem.cycle", "3 reorg.problem.parent-school",
                "5 reorg.problem.conflict", "6 reorg.problem.code-taken", "7 reorg.problem.left-without-parent");
        assertThat(preview.plan().problems()).noneMatch(p -> p.line() == 0);
        assertThat(preview.canApply()).isFalse();
        assertThatThrownBy(() -> reorganisations.apply(draft.id(), draft.version()))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "reorg.error.has-problems");
        assertThat(org.findByCode("3804").orElseThrow().active()).isTrue();
    }

    @Test
    void a_code_differing_only_in_case_is_the_same_code_and_cannot_be_given_twice() {
        String csv = """
                Thao tác,Mã cũ,Mã mới,Mã đơn vị cấp trên mới,Tên mới,Cấp
                Thành lập,,38X9901,38,Xã Thử Một,Xã
                Thành lập,,38x9901,38,Xã Thử Hai,Xã
                Đổi mã,3801,38X9901,,,
                Đổi mã,3802,38010001,,,
                """;
        ReorgSummary draft = java.util.Objects.requireNonNull(reorganisations.draftFromFile("Hoa thường", clock.instant(),
                "hoa-thuong.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).event());

        ReorgPreview preview = reorganisations.preview(draft.id());

        assertThat(preview.plan().problems()).extracting(p -> p.line() + " " + p.key() + " " + p.args()).contains(
                "3 reorg.problem.code-twice [38x9901, 2]", "4 reorg.problem.code-twice [38X9901, 2]",
                "5 reorg.problem.code-taken [38010001]");
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void a_title_that_is_blank_or_too_long_is_refused() {
        assertThatThrownBy(() -> reorganisations.draftFromFile("  ", clock.instant(), DemoMappingFile.NAME,
                DemoMappingFile.bytes())).hasFieldOrPropertyWithValue("messageKey", "reorg.error.title-required");
        assertThatThrownBy(() -> reorganisations.draftFromFile("x".repeat(256), clock.instant(),
                DemoMappingFile.NAME, DemoMappingFile.bytes()))
                .hasFieldOrPropertyWithValue("messageKey", "reorg.error.title-too-long");
    }

    private ReorgSummary demoDraft(Instant effectiveAt) {
        DraftResult result = reorganisations.draftFromFile("Nghị quyết 1664/NQ-UBTVQH15 (sắp xếp 2025)",
                effectiveAt, DemoMappingFile.NAME, DemoMappingFile.bytes());
        assertThat(result.problems()).isEmpty();
        return java.util.Objects.requireNonNull(result.event());
    }

    private static AccountChoice choiceOf(ReorgPreview preview, String username) {
        return preview.accounts().stream().filter(c -> c.username().equals(username)).findFirst().orElseThrow();
    }

    private List<String> inboxSubjects(long accountId) {
        return jdbc.sql("""
                SELECT subject FROM reminder_delivery WHERE recipient_user_id = :user AND channel = 'INBOX'""").param("user", accountId)
                .query(String.class).list();
    }
}
