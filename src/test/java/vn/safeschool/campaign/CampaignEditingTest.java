package vn.safeschool.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;

@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class CampaignEditingTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    OrgService org;
    @Autowired
    ChecklistService checklists;
    @Autowired
    AuditService audit;

    @Test
    void an_edit_that_moves_the_deadline_before_the_issue_date_is_refused() {
        CampaignInfo campaign = created("TEST-EDIT-SLIP");
        CampaignChanges slip = new CampaignChanges(campaign.docNumber(), campaign.title(), LocalDate.of(2021, 2, 22),
                LocalDateTime.of(2020, 2, 25, 11, 0), campaign.scopeUnitId(), campaign.checklistVersionId(), 7,
                false, campaign.version());

        assertThatThrownBy(() -> campaigns.update(campaign.id(), slip)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("campaign.error.deadline-before-issue"));
    }

    @Test
    void an_edit_is_stored_and_an_edit_made_on_a_stale_version_is_refused() {
        CampaignInfo campaign = created("TEST-EDIT-STALE");
        CampaignChanges first = CampaignChanges.of(campaign);
        CampaignInfo edited = campaigns.update(campaign.id(), new CampaignChanges(first.docNumber(), "Tiêu đề mới",
                first.issuedOn(), first.deadline(), first.scopeUnitId(), first.checklistVersionId(), 14, true,
                first.version()));

        assertThat(edited.title()).isEqualTo("Tiêu đề mới");
        assertThat(edited.freshnessDays()).isEqualTo(14);
        assertThat(edited.version()).isGreaterThan(campaign.version());
        assertThatThrownBy(() -> campaigns.update(campaign.id(), first)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("error.changed-meanwhile"));
    }

    @Test
    void an_edit_cannot_take_the_number_of_another_campaign() {
        CampaignInfo campaign = created("TEST-EDIT-DUP");
        CampaignChanges same = CampaignChanges.of(campaign);
        CampaignChanges duplicate = new CampaignChanges("307/SGDĐT-VP", same.title(), same.issuedOn(),
                same.deadline(), same.scopeUnitId(), same.checklistVersionId(), 7, false, same.version());

        assertThatThrownBy(() -> campaigns.update(campaign.id(), duplicate))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("campaign.error.duplicate-number"));
        assertThat(campaigns.update(campaign.id(), same).docNumber()).isEqualTo("TEST-EDIT-DUP");
    }

    @Test
    void an_open_campaign_is_closed_then_archived_and_an_archived_one_is_no_longer_edited() {
        CampaignInfo campaign = created("TEST-CLOSE");
        long closedBefore = audited(AuditAction.CAMPAIGN_CLOSED);
        long archivedBefore = audited(AuditAction.CAMPAIGN_ARCHIVED);

        assertThat(campaigns.close(campaign.id()).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> campaigns.close(campaign.id())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("campaign.error.status-closed"));
        CampaignInfo archived = campaigns.archive(campaign.id());
        assertThat(archived.status()).isEqualTo(CampaignStatus.ARCHIVED);
        assertThat(audited(AuditAction.CAMPAIGN_CLOSED)).isEqualTo(closedBefore + 1);
        assertThat(audited(AuditAction.CAMPAIGN_ARCHIVED)).isEqualTo(archivedBefore + 1);
        assertThatThrownBy(() -> campaigns.update(campaign.id(), CampaignChanges.of(archived)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("campaign.error.archived"));
    }

    private long audited(AuditAction action) {
        return audit.count(new AuditFilter(null, null, Set.of(action), null, null));
    }

    private CampaignInfo created(String number) {
        return campaigns.create(new NewCampaign(number, "Kiểm tra", LocalDate.of(2026, 3, 1),
                LocalDateTime.of(2026, 3, 5, 11, 0), org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));
    }
}
