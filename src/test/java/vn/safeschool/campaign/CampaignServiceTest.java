package vn.safeschool.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;

@SafeSchoolTest
@WithUserDetails("vanphong")
class CampaignServiceTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    OrgService org;
    @Autowired
    ChecklistService checklists;

    @Test
    void a_deadline_before_the_issue_date_is_refused_like_the_slip_in_directive_307() {
        NewCampaign slip = campaign("TEST-307-SLIP", LocalDate.of(2021, 2, 22), LocalDateTime.of(2020, 2, 25, 11, 0));

        assertThatThrownBy(() -> campaigns.create(slip))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("campaign.error.deadline-before-issue"));
        assertThat(campaigns.findByDocNumber("TEST-307-SLIP")).isEmpty();
    }

    @Test
    void a_document_number_is_used_once() {
        assertThatThrownBy(() -> campaigns.create(campaign("307/SGDĐT-VP", LocalDate.of(2021, 3, 1),
                LocalDateTime.of(2021, 3, 5, 11, 0))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("campaign.error.duplicate-number"));
    }

    private NewCampaign campaign(String number, LocalDate issued, LocalDateTime deadline) {
        return new NewCampaign(number, "Kiểm tra", issued, deadline, org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false);
    }
}
