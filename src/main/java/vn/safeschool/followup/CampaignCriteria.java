package vn.safeschool.followup;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;

/** The criteria of a campaign's checklist by id, through the campaign and checklist features' public services. */
@Component
class CampaignCriteria {

    private final CampaignService campaigns;
    private final ChecklistService checklists;

    CampaignCriteria(CampaignService campaigns, ChecklistService checklists) {
        this.campaigns = campaigns;
        this.checklists = checklists;
    }

    Map<Long, CriterionInfo> of(long campaignId) {
        return campaigns.find(campaignId).flatMap(c -> checklists.find(c.checklistVersionId()))
                .map(v -> v.criteria().stream().collect(Collectors.toMap(CriterionInfo::id, Function.identity())))
                .orElse(Map.of());
    }
}
