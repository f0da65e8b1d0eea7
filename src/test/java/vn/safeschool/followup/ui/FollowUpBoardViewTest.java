package vn.safeschool.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.followup.BulkCriterion;
import vn.safeschool.followup.FollowUpBoard;
import vn.safeschool.followup.FollowUpCases;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.oversight.UnitRollup;

/** The follow-up board on campaign 307; every test's cases are rolled back. */
@SafeSchoolTest
@Transactional
class FollowUpBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpCases fixture;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void staff_open_follow_ups_for_every_office_below_95_percent_in_one_action_and_the_board_counts_them() {
        FollowUpFixture.as("vanphong", users, contexts);
        FollowUpBoardView board = navigate(FollowUpBoardView.class);
        List<UnitRollup> below = followUps.candidates(campaign307(), BulkCriterion.BELOW_COMPLETION, 95);

        test($(Button.class).id("followup-open")).click();
        OpenFollowUpDialog dialog = $(OpenFollowUpDialog.class).single();
        dialog.choice.setValue(OpenFollowUpDialog.Choice.BELOW_COMPLETION);
        assertThat(test(dialog.units).size()).isEqualTo(below.size()).isPositive();
        assertThat(dialog.confirm.getText()).isEqualTo("Mở " + below.size() + " theo dõi");
        test(dialog.confirm).click();

        FollowUpBoard.Row total = rows(board).getLast();
        assertThat(total.open()).isEqualTo(below.size());
        assertThat(rows(board)).filteredOn(r -> r.unit() != null && below.stream()
                .anyMatch(b -> b.unit().id() == r.unit().id())).allMatch(r -> r.open() == 1)
                .hasSize((int) below.stream().filter(b -> !b.unit().isSchool()).count());
        assertThat($(Paragraph.class).id("followup-count").getText()).isEqualTo(below.size() + " trường hợp");
        assertThat(test(board.cases).size()).isEqualTo(below.size());
    }

    @Test
    void a_district_admin_sees_what_the_office_has_to_answer_first_and_only_the_district() {
        FollowUpFixture.as("vanphong", users, contexts);
        open("3801");
        open("3807");
        FollowUpFixture.as("pgd.pleiku", users, contexts);

        FollowUpBoardView board = navigate(FollowUpBoardView.class);

        assertThat(test(board.mine).size()).isEqualTo(1);
        assertThat(test(board.mine).getRow(0).assigneeCode()).isEqualTo("3801");
        assertThat(test(board.cases).size()).isEqualTo(1);
        assertThat(rows(board).getLast().open()).isEqualTo(1);
        assertThat($(Button.class).withId("followup-open").all()).hasSize(1);
        assertThat($(Button.class).withId("corrective-hours-save").all()).isEmpty();
    }

    @Test
    void the_list_filters_by_overdue() {
        FollowUpFixture.as("vanphong", users, contexts);
        FollowUpBoardView board = navigate(FollowUpBoardView.class);
        open("3801");
        board.campaign.setValue(campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow());
        assertThat(test(board.cases).size()).isEqualTo(1);

        board.overdue.setValue(true);
        assertThat(test(board.cases).size()).isZero();
    }

    @Test
    void a_principal_reads_the_board_without_the_open_button() {
        FollowUpFixture.as("ht.pleiku", users, contexts);

        navigate(FollowUpBoardView.class);

        assertThat($(Button.class).withId("followup-open").all()).isEmpty();
        assertThat($(Button.class).withId("corrective-hours-save").all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<FollowUpBoard.Row> rows(FollowUpBoardView board) {
        return board.board.getGenericDataView().getItems().toList();
    }

    private void open(String code) {
        fixture.openFor(code);
    }

    private long campaign307() {
        return fixture.campaign307();
    }
}
