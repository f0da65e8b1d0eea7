package vn.safeschool.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.oversight.UnitRollup;

/**
 * The follow-up workflow on campaign 307: opening in bulk, answering, returning, accepting, who may do which, and
 * overdue on the moving clock. Each test runs in a transaction that is rolled back.
 */
@SafeSchoolTest
@Transactional
@RecordApplicationEvents
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpCases fixture;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void staff_open_follow_ups_for_every_office_below_95_percent_in_one_action_with_their_numbers_frozen() {
        as("vanphong");
        long campaign = campaign307();

        List<UnitRollup> below = followUps.candidates(campaign, BulkCriterion.BELOW_COMPLETION, 95);
        OpenResult result = followUps.open(review(campaign), below.stream().map(r -> r.unit().id()).toList());

        assertThat(below).isNotEmpty().allMatch(r -> r.completion().doubleValue() < 95);
        assertThat(result.opened()).hasSameSizeAs(below);
        assertThat(result.skipped()).isEmpty();
        UnitRollup first = below.getFirst();
        FollowUpCaseInfo opened = result.opened().getFirst();
        assertThat(opened.assigneeUnitId()).isEqualTo(first.unit().id());
        assertThat(opened.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(opened.numbers()).isEqualTo(new FrozenNumbers(first.institutions(), first.safe(), first.atRisk(),
                first.unsafe(), first.notDeclared(), first.late(), first.stale()));
        assertThat(events.stream(FollowUpOpened.class)).hasSameSizeAs(below)
                .allMatch(e -> e.openerUnitId() == unit("38"));
        assertThat(auditRows(opened.id(), "FOLLOWUP_OPENED")).isEqualTo(1);
    }

    @Test
    void the_demo_journey_staff_open_for_the_offices_below_95_percent_then_return_one_answer_and_accept_another() {
        as("vanphong");
        List<UnitRollup> below = followUps.candidates(campaign307(), BulkCriterion.BELOW_COMPLETION, 95);
        OpenResult opened = followUps.open(review(campaign307()), below.stream().map(r -> r.unit().id()).toList());
        FollowUpCaseInfo pleiku = openFor("3801");
        FollowUpCaseInfo chuse = opened.opened().stream().filter(c -> c.assigneeCode().equals("3807")).findFirst()
                .orElseThrow();

        as("pgd.chuse");
        FollowUpCaseInfo chuseAnswer = followUps.respond(chuse.id(), chuse.version(), answer());
        as("pgd.pleiku");
        FollowUpCaseInfo pleikuAnswer = followUps.respond(pleiku.id(), pleiku.version(), answer());
        as("vanphong");
        followUps.sendBack(chuse.id(), chuseAnswer.version(), "Chưa có biên bản kiểm điểm.", null);
        followUps.accept(pleiku.id(), pleikuAnswer.version(), null);
        FollowUpBoard board = followUps.board(campaign307());

        assertThat(below).extracting(r -> r.unit().code()).as("the demo's offices below 95 %")
                .contains("3807").doesNotContain("3801");
        assertThat(row(board, "3807").open()).isEqualTo(1);
        assertThat(row(board, "3807").returned()).isEqualTo(1);
        assertThat(row(board, "3801").closed()).isEqualTo(1);
        assertThat(board.total().open()).isEqualTo(below.size());
        assertThat(board.total().closed()).isEqualTo(1);
    }

    @Test
    void opening_again_leaves_out_the_units_whose_case_of_that_type_is_unfinished() {
        as("vanphong");
        long campaign = campaign307();
        long pleiku = unit("3801");
        followUps.open(review(campaign), List.of(pleiku));

        OpenResult again = followUps.open(review(campaign), List.of(pleiku, unit("3807")));

        assertThat(again.opened()).extracting(FollowUpCaseInfo::assigneeCode).containsExactly("3807");
        assertThat(again.skipped()).extracting(u -> u.code()).containsExactly("3801");
    }

    @Test
    void the_district_admin_answers_and_staff_return_then_accept_with_every_step_in_the_history_and_audit_log() {
        as("vanphong");
        FollowUpCaseInfo opened = openFor("3801");

        as("pgd.pleiku");
        FollowUpCaseInfo answered = followUps.respond(opened.id(), opened.version(), new FollowUpResponse(
                "Một số trường chưa cài đặt ứng dụng.", "Đã kiểm điểm, phê bình hiệu trưởng 5 trường.", null));
        as("vanphong");
        FollowUpCaseInfo returned = followUps.sendBack(opened.id(), answered.version(), "Thiếu danh sách trường.",
                null);
        as("pgd.pleiku");
        FollowUpCaseInfo again = followUps.respond(opened.id(), returned.version(), new FollowUpResponse(
                "Bổ sung danh sách 5 trường.", "Đã kiểm điểm.", null));
        as("vanphong");
        FollowUpCaseInfo accepted = followUps.accept(opened.id(), again.version(), "Đồng ý.");

        assertThat(answered.status()).isEqualTo(FollowUpStatus.RESPONDED);
        assertThat(returned.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(returned.returnedCount()).isEqualTo(1);
        assertThat(accepted.status()).isEqualTo(FollowUpStatus.ACCEPTED);
        assertThat(accepted.closedAt()).isNotNull();
        FollowUpDetails details = followUps.find(opened.id()).orElseThrow();
        assertThat(details.history()).extracting(FollowUpDetails.HistoryEntry::action).containsExactly(
                CaseAction.OPENED, CaseAction.RESPONDED, CaseAction.RETURNED, CaseAction.RESPONDED,
                CaseAction.ACCEPTED);
        assertThat(details.history().get(2).comment()).isEqualTo("Thiếu danh sách trường.");
        assertThat(details.explanation()).isEqualTo("Bổ sung danh sách 5 trường.");
        assertThat(details.allowed()).isEmpty();
        assertThat(auditRows(opened.id(), "FOLLOWUP_RESPONDED")).isEqualTo(2);
        assertThat(auditRows(opened.id(), "FOLLOWUP_RETURNED")).isEqualTo(1);
        assertThat(auditRows(opened.id(), "FOLLOWUP_ACCEPTED")).isEqualTo(1);
        assertThat(events.stream(FollowUpResponded.class)).hasSize(2);
        assertThat(events.stream(FollowUpReturned.class)).singleElement()
                .satisfies(e -> assertThat(e.comment()).isEqualTo("Thiếu danh sách trường."));
        assertThat(events.stream(FollowUpAccepted.class)).hasSize(1);
    }

    @Test
    void returning_an_answer_needs_a_comment() {
        as("vanphong");
        FollowUpCaseInfo opened = openFor("3801");
        as("pgd.pleiku");
        FollowUpCaseInfo answered = followUps.respond(opened.id(), opened.version(), answer());
        as("vanphong");

        assertThatThrownBy(() -> followUps.sendBack(opened.id(), answered.version(), "  ", null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.error.comment-required"));
    }

    @Test
    void only_the_assignee_unit_answers_and_only_the_opener_unit_decides() {
        as("vanphong");
        FollowUpCaseInfo opened = openFor("3801");

        assertThatThrownBy(() -> followUps.respond(opened.id(), opened.version(), answer()))
                .isInstanceOf(AccessDeniedException.class);
        as("pgd.chuse");
        assertThatThrownBy(() -> followUps.respond(opened.id(), opened.version(), answer()))
                .isInstanceOf(NotFound.class);
        assertThat(followUps.find(opened.id())).isEmpty();
        as("ht.pleiku");
        assertThatThrownBy(() -> followUps.respond(opened.id(), opened.version(), answer()))
                .isInstanceOf(NotFound.class);
        as("pgd.pleiku");
        assertThat(followUps.find(opened.id()).orElseThrow().allowed()).containsExactly(CaseAction.RESPONDED);
        FollowUpCaseInfo answered = followUps.respond(opened.id(), opened.version(), answer());
        assertThatThrownBy(() -> followUps.accept(answered.id(), answered.version(), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.error.not-opener"));
        as("lanhdao");
        assertThat(followUps.find(opened.id()).orElseThrow().allowed())
                .containsExactlyInAnyOrder(CaseAction.ACCEPTED, CaseAction.RETURNED);
    }

    @Test
    void a_district_admin_opens_for_the_schools_of_the_district_only_and_a_principal_not_at_all() {
        as("pgd.pleiku");
        long campaign = campaign307();

        OpenResult ownSchool = followUps.open(review(campaign), List.of(unit("38010002")));
        assertThatThrownBy(() -> followUps.open(review(campaign), List.of(unit("38070001"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> followUps.open(review(campaign), List.of(unit("3801"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.error.not-below"));
        as("ht.pleiku");
        assertThatThrownBy(() -> followUps.open(review(campaign), List.of(unit("38010001"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(ownSchool.opened()).singleElement().satisfies(c -> {
            assertThat(c.assigneeCode()).isEqualTo("38010002");
            assertThat(c.openerUnitId()).isEqualTo(unit("3801"));
        });
        as("ht.thpt");
        assertThat(followUps.find(ownSchool.opened().getFirst().id())).isEmpty();
    }

    @Test
    void staff_cannot_open_for_a_school_under_a_district_office_nor_with_a_due_date_in_the_past() {
        as("vanphong");
        long campaign = campaign307();

        assertThatThrownBy(() -> followUps.open(review(campaign), List.of(unit("38010001"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.error.not-below"));
        assertThatThrownBy(() -> followUps.open(new NewFollowUp(campaign, FollowUpType.OTHER, "Lý do", "Việc cần làm",
                clock.instant().minusSeconds(60)), List.of(unit("3801"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.error.due-in-past"));
    }

    @Test
    void a_case_without_an_answer_is_overdue_once_the_clock_passes_its_due_date() {
        as("vanphong");
        long campaign = campaign307();
        FollowUpCaseInfo opened = followUps.open(new NewFollowUp(campaign, FollowUpType.INSTALL_AND_UPDATE,
                "Chưa cài đặt", "Cài đặt và cập nhật", clock.instant().plus(Duration.ofDays(1))),
                List.of(unit("3807"))).opened().getFirst();
        assertThat(opened.overdue()).isFalse();
        long overdueBefore = followUps.board(campaign).total().overdue();

        clock.advance(Duration.ofDays(2));
        try {
            assertThat(followUps.find(opened.id()).orElseThrow().info().overdue()).isTrue();
            assertThat(followUps.board(campaign).total().overdue()).isEqualTo(overdueBefore + 1);
            FollowUpFilter overdueOnly = new FollowUpFilter(campaign, java.util.Set.of(), null, null, true);
            assertThat(followUps.list(overdueOnly, 0, 100)).extracting(FollowUpCaseInfo::id).contains(opened.id());
            as("pgd.chuse");
            FollowUpCaseInfo answered = followUps.respond(opened.id(), opened.version(), answer());
            assertThat(answered.overdue()).as("an answered case waits for the decision, not the unit").isFalse();
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void the_board_counts_cases_per_district_office_and_a_district_admin_sees_only_the_district() {
        as("vanphong");
        long campaign = campaign307();
        FollowUpCaseInfo pleiku = openFor("3801");
        openFor("3807");
        FollowUpCaseInfo direct = followUps.open(review(campaign), List.of(unit("38000001"))).opened().getFirst();
        as("pgd.pleiku");
        followUps.respond(pleiku.id(), pleiku.version(), answer());
        followUps.open(review(campaign), List.of(unit("38010002")));

        FollowUpBoard district = followUps.board(campaign);
        as("lanhdao");
        FollowUpBoard province = followUps.board(campaign);

        FollowUpBoard.Row pleikuRow = row(province, "3801");
        assertThat(pleikuRow.responded()).isEqualTo(1);
        assertThat(pleikuRow.open()).isEqualTo(1);
        assertThat(row(province, "3807").open()).isEqualTo(1);
        assertThat(province.rows()).filteredOn(FollowUpBoard.Row::directUnits).singleElement()
                .satisfies(r -> assertThat(r.open()).isEqualTo(1));
        assertThat(province.total().total()).isEqualTo(4);
        assertThat(direct.assigneeCode()).isEqualTo("38000001");
        assertThat(district.total().total()).isEqualTo(2);
        assertThat(district.rows()).extracting(r -> r.unit() == null ? "-" : r.unit().code())
                .containsExactly("3801", "38010002");
        as("pgd.pleiku");
        assertThat(followUps.list(FollowUpFilter.campaign(campaign), 0, 50)).extracting(FollowUpCaseInfo::assigneeCode)
                .containsExactlyInAnyOrder("3801", "38010002");
    }

    @Test
    void an_answer_saved_from_a_stale_page_is_refused() {
        as("vanphong");
        FollowUpCaseInfo opened = openFor("3801");
        as("pgd.pleiku");
        followUps.respond(opened.id(), opened.version(), answer());
        as("vanphong");

        assertThatThrownBy(() -> followUps.accept(opened.id(), opened.version(), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("error.changed-meanwhile"));
    }

    private FollowUpBoard.Row row(FollowUpBoard board, String code) {
        return board.rows().stream().filter(r -> r.unit() != null && r.unit().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private FollowUpCaseInfo openFor(String code) {
        return fixture.openFor(code);
    }

    private NewFollowUp review(long campaign) {
        return fixture.review(campaign);
    }

    private static FollowUpResponse answer() {
        return new FollowUpResponse("Đã nhắc các trường.", "Đã kiểm điểm.", null);
    }

    private long campaign307() {
        return fixture.campaign307();
    }

    private long unit(String code) {
        return fixture.unit(code);
    }

    private long auditRows(long caseId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target = :target AND action = :action")
                .param("target", "followup:" + caseId).param("action", action).query(Long.class).single();
    }

    private void as(String username) {
        FollowUpFixture.as(username, users, contexts);
    }
}
