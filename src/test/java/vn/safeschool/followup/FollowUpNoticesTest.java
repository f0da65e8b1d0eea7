package vn.safeschool.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.reminder.InboxItem;
import vn.safeschool.reminder.InboxService;

/** Follow-up cases reach the unit that has to act through the reminders' inbox. Rolled back after each test. */
@SafeSchoolTest
@Transactional
class FollowUpNoticesTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpCases fixture;
    @Autowired
    InboxService inbox;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void the_district_admin_finds_a_case_opened_for_the_office_in_the_inbox_with_a_link_to_it() {
        as("vanphong");
        FollowUpCaseInfo opened = fixture.openFor("3801");

        as("pgd.pleiku");
        List<InboxItem> items = inbox.list(20);

        assertThat(items).filteredOn(i -> ("followups/" + opened.id()).equals(i.link())).singleElement()
                .satisfies(item -> {
                    assertThat(item.subject()).isEqualTo("Yêu cầu theo dõi, chấn chỉnh số " + opened.id());
                    assertThat(item.body()).contains("Kiểm điểm trách nhiệm").contains("hạn báo cáo");
                    assertThat(item.unread()).isTrue();
                });
    }

    @Test
    void staff_are_told_when_the_office_answered_and_the_office_when_its_answer_was_returned() {
        as("vanphong");
        FollowUpCaseInfo opened = fixture.openFor("3801");
        as("pgd.pleiku");
        FollowUpCaseInfo answered = followUps.respond(opened.id(), opened.version(),
                new FollowUpResponse("Đã nhắc các trường.", "Đã kiểm điểm.", null));

        as("vanphong");
        List<InboxItem> staffInbox = inbox.list(20);
        followUps.sendBack(opened.id(), answered.version(), "Thiếu biên bản.", null);
        as("pgd.pleiku");
        List<InboxItem> officeInbox = inbox.list(20);

        String link = "followups/" + opened.id();
        assertThat(staffInbox).filteredOn(i -> link.equals(i.link())).extracting(InboxItem::subject)
                .containsExactly("Đơn vị đã báo cáo theo dõi số " + opened.id());
        assertThat(officeInbox).filteredOn(i -> link.equals(i.link())).extracting(InboxItem::subject)
                .contains("Báo cáo theo dõi số " + opened.id() + " bị trả lại");
    }

    private void as(String username) {
        FollowUpFixture.as(username, users, contexts);
    }
}
