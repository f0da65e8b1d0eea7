package vn.safeschool.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;

/**
 * Declaring: on behalf with a reason, no lost update, the locked deadline and its reopening, re-confirming. Each test
 * runs on a campaign of its own (issued before directive 307, so the demo's default campaign stays 307) in a
 * transaction that is rolled back.
 */
@SafeSchoolTest
@Transactional
class DeclarationServiceTest {

    @Autowired
    DeclarationService declarations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    AppClock clock;
    @Autowired
    RollupService rollups;

    @Test
    @WithUserDetails("vanphong")
    void an_entry_on_behalf_of_a_school_needs_a_reason_and_the_history_keeps_it() {
        CampaignInfo campaign = campaign(false, LocalDateTime.of(2021, 12, 31, 11, 0), 7);
        long school = school();

        assertThatThrownBy(() -> declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), null,
                "   ")).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.reason-required"));
        assertThat(declarations.find(school, campaign.id())).isEmpty();

        declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), null, "Trường mất mạng");

        SubmissionInfo entry = declarations.history(school, campaign.id()).getFirst();
        assertThat(entry.onBehalf()).isTrue();
        assertThat(entry.onBehalfReason()).isEqualTo("Trường mất mạng");
        assertThat(entry.submittedByName()).isNotBlank();
        assertThat(entry.late()).isFalse();
    }

    @Test
    @WithUserDetails("ht.pleiku")
    void a_principal_submitting_for_their_own_school_is_not_on_behalf() {
        CampaignInfo campaign = asStaffCampaign();
        long school = school();

        DeclarationInfo stored = declarations.submit(school, campaign.id(), answers(campaign, true), null);

        assertThat(stored.assessment().status()).isEqualTo(SafetyStatus.SAFE);
        SubmissionInfo entry = declarations.history(school, campaign.id()).getFirst();
        assertThat(entry.onBehalf()).isFalse();
        assertThat(entry.onBehalfReason()).isNull();
    }

    @Test
    @WithUserDetails("vanphong")
    void a_form_loaded_before_someone_else_saved_is_refused_and_overwrites_nothing() {
        CampaignInfo campaign = campaign(false, LocalDateTime.of(2021, 12, 31, 11, 0), 7);
        long school = school();
        long loaded = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, false), null,
                "Bản đầu").version();

        // two sessions opened the page on the same version: the first save wins
        declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), loaded, "Phiên thứ nhất");

        assertThatThrownBy(() -> declarations.submitOnBehalf(school, campaign.id(), answers(campaign, false), loaded,
                "Phiên thứ hai")).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("declaration.error.changed-meanwhile");
                    assertThat(v.arguments()).hasSize(2);
                });
        assertThat(declarations.find(school, campaign.id()).orElseThrow().assessment().status())
                .isEqualTo(SafetyStatus.SAFE);
        assertThat(declarations.history(school, campaign.id())).hasSize(2);
    }

    @Test
    @WithUserDetails("vanphong")
    void a_locked_deadline_refuses_submissions_until_the_school_is_reopened() {
        CampaignInfo campaign = campaign(true, LocalDateTime.of(2021, 1, 10, 11, 0), 7);
        long school = school();

        assertThatThrownBy(() -> declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), null,
                "Sau hạn")).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.locked"));
        assertThat(declarations.details(school, campaign.id()).locked()).isTrue();
        assertThatThrownBy(() -> declarations.reopen(school, campaign.id(),
                clock.instant().minus(Duration.ofHours(1)), "Mất điện")).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.reopen-until-past"));

        declarations.reopen(school, campaign.id(), clock.instant().plus(Duration.ofDays(1)), "Mất điện hôm hạn chót");
        DeclarationInfo stored = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), null,
                "Sau khi mở lại");

        assertThat(stored.late()).isTrue();
        DeclarationDetails details = declarations.details(school, campaign.id());
        assertThat(details.locked()).isFalse();
        assertThat(details.reopening()).isNotNull();
        assertThat(details.reopening().reason()).isEqualTo("Mất điện hôm hạn chót");
    }

    @Test
    @WithUserDetails("vanphong")
    void after_a_deadline_without_a_lock_a_submission_is_accepted_and_marked_late() {
        CampaignInfo campaign = campaign(false, LocalDateTime.of(2021, 1, 10, 11, 0), 7);

        DeclarationInfo stored = declarations.submitOnBehalf(school(), campaign.id(), answers(campaign, true), null,
                "Muộn");

        assertThat(stored.late()).isTrue();
    }

    @Test
    @WithUserDetails("vanphong")
    void an_update_after_the_deadline_keeps_an_on_time_declaration_on_time_everywhere_late_is_counted() {
        LocalDateTime inAnHour = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), Zones.VIETNAM);
        CampaignInfo campaign = campaign(false, inAnHour, 7);
        long school = school();
        long onTime = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, false), null,
                "Trước hạn").version();
        clock.advance(Duration.ofHours(2));
        try {
            DeclarationInfo updated = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true),
                    onTime, "Cập nhật sau hạn");

            assertThat(updated.late()).isFalse();
            assertThat(declarations.details(school, campaign.id()).current().late()).isFalse();
            assertThat(declarations.history(school, campaign.id())).extracting(SubmissionInfo::late)
                    .containsExactly(false, false);
            // the rollup (dashboard, grid, letter, exports) now and as of a moment after the update
            assertThat(rollups.of(RollupFilter.now(campaign.id()), school).late()).isZero();
            assertThat(rollups.of(RollupFilter.now(campaign.id()).asOf(clock.instant()), school).late()).isZero();
            assertThat(rollups.of(RollupFilter.now(campaign.id()), school).declared()).isEqualTo(1);
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    @WithUserDetails("vanphong")
    void a_first_declaration_after_the_deadline_stays_late_when_it_is_updated() {
        CampaignInfo campaign = campaign(false, LocalDateTime.of(2021, 1, 10, 11, 0), 7);
        long school = school();
        long late = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, false), null, "Muộn")
                .version();

        DeclarationInfo updated = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), late,
                "Sửa lại");

        assertThat(updated.late()).isTrue();
        assertThat(declarations.history(school, campaign.id())).extracting(SubmissionInfo::late)
                .containsExactly(true, true);
        assertThat(rollups.of(RollupFilter.now(campaign.id()), school).late()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("vanphong")
    void a_reopening_tells_the_schools_principal_in_the_inbox_until_when_and_why() {
        CampaignInfo campaign = campaign(true, LocalDateTime.of(2021, 1, 10, 11, 0), 7);
        long school = school();
        long unreadBefore = asPrincipal(inbox::unreadCount);
        java.time.Instant until = LocalDateTime.of(2021, 3, 5, 17, 0).atZone(Zones.VIETNAM).toInstant();

        declarations.reopen(school, campaign.id(), until, "Mất điện hôm hạn chót");

        assertThat(asPrincipal(inbox::unreadCount)).isEqualTo(unreadBefore + 1);
        var item = asPrincipal(() -> inbox.list(1).getFirst());
        assertThat(item.subject()).contains(campaign.docNumber());
        assertThat(item.body()).contains("17:00 05/03/2021", "Mất điện hôm hạn chót");
        assertThat(item.link()).isEqualTo("schools/" + school + "/declaration?campaign=" + campaign.id());
    }

    @Test
    @WithUserDetails("vanphong")
    void a_closed_campaign_refuses_submissions_and_reopenings_and_reads_as_locked() {
        CampaignInfo campaign = campaign(false, LocalDateTime.of(2021, 12, 31, 11, 0), 7);
        long school = school();
        campaigns.close(campaign.id());

        assertThatThrownBy(() -> declarations.submitOnBehalf(school, campaign.id(), answers(campaign, true), null,
                "Sau khi kết thúc")).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.closed"));
        assertThatThrownBy(() -> declarations.reopen(school, campaign.id(), clock.instant().plus(Duration.ofDays(1)),
                "Xin mở lại")).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.closed"));
        assertThat(declarations.details(school, campaign.id()).locked()).isTrue();
    }

    @Test
    @WithUserDetails("ht.pleiku")
    void a_stale_declaration_is_reconfirmed_with_the_same_answers() {
        CampaignInfo campaign = asStaffCampaign();
        long school = school();
        Map<Integer, AnswerInput> answers = answers(campaign, true);
        answers.put(3, new AnswerInput(false, "Thiếu nước rửa tay"));
        DeclarationInfo first = declarations.submit(school, campaign.id(), answers, null);
        clock.advance(Duration.ofDays(8));
        try {
            assertThat(declarations.details(school, campaign.id()).stale()).isTrue();

            declarations.reconfirm(school, campaign.id(), first.version());

            assertThat(declarations.details(school, campaign.id()).stale()).isFalse();
            var history = declarations.history(school, campaign.id());
            assertThat(history).hasSize(2);
            assertThat(history.get(0).answers()).isEqualTo(history.get(1).answers());
            assertThat(history.get(0).answers().get(3)).isEqualTo(new AnswerInput(false, "Thiếu nước rửa tay"));
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    /** A principal cannot make a campaign: the application makes it for the test. */
    private CampaignInfo asStaffCampaign() {
        return systemTask.call(() -> campaign(false, LocalDateTime.of(2021, 12, 31, 11, 0), 7));
    }

    @Autowired
    vn.safeschool.security.SystemTask systemTask;
    @Autowired
    vn.safeschool.reminder.InboxService inbox;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    /** Reads as the school's principal, then goes back to the test's user. */
    private <T> T asPrincipal(java.util.function.Supplier<T> read) {
        var before = contexts.getContext().getAuthentication();
        vn.safeschool.DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        try {
            return read.get();
        } finally {
            contexts.getContext().setAuthentication(before);
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private CampaignInfo campaign(boolean locked, LocalDateTime deadline, int freshnessDays) {
        return campaigns.create(new NewCampaign("TEST-DECL-" + System.nanoTime(), "Kiểm tra khai báo",
                LocalDate.of(2020, 10, 1), deadline, org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), freshnessDays, locked));
    }

    private long school() {
        return org.findByCode("38010001").orElseThrow().id();
    }

    private Map<Integer, AnswerInput> answers(CampaignInfo campaign, boolean met) {
        return checklists.find(campaign.checklistVersionId()).orElseThrow().criteria().stream()
                .collect(Collectors.toMap(CriterionInfo::number, c -> new AnswerInput(met, null)));
    }
}
