package vn.safeschool.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;

/** The criteria of a campaign's checklist by id, through the campaign and checklist features' public services. */
@Component
class CriterionNumbers {

    private final CampaignService campaigns;
    private final ChecklistService checklists;

    CriterionNumbers(CampaignService campaigns, ChecklistService checklists) {
        this.campaigns = campaigns;
        this.checklists = checklists;
    }

    Map<Long, CriterionInfo> of(long campaignId) {
        return campaigns.find(campaignId).flatMap(c -> checklists.find(c.checklistVersionId()))
                .map(v -> v.criteria().stream().collect(Collectors.toMap(CriterionInfo::id, Function.identity())))
                .orElse(Map.of());
    }

    List<Integer> numbers(long campaignId, Collection<Long> criterionIds) {
        Map<Long, CriterionInfo> byId = of(campaignId);
        return criterionIds.stream().map(byId::get).filter(java.util.Objects::nonNull).map(CriterionInfo::number)
                .sorted().toList();
    }
}
