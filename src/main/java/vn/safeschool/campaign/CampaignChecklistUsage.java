package vn.safeschool.campaign;

import org.springframework.stereotype.Component;
import vn.safeschool.checklist.ChecklistUsage;

/** A checklist version a campaign was issued with is in use: its criteria made that campaign's statuses. */
@Component
class CampaignChecklistUsage implements ChecklistUsage {

    private final CampaignRepository campaigns;

    CampaignChecklistUsage(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public boolean uses(long checklistVersionId) {
        return campaigns.existsByChecklistVersionId(checklistVersionId);
    }
}
