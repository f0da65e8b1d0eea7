package vn.safeschool.followup;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/** The follow-up tests' ways into the demo province: campaign 307, units by code, a case opened for a unit. */
@Component
@Profile("demo")
public class FollowUpCases {

    private final FollowUpService followUps;
    private final CampaignService campaigns;
    private final OrgService org;
    private final SystemTask system;
    private final Clock clock;

    FollowUpCases(FollowUpService followUps, CampaignService campaigns, OrgService org, SystemTask system,
            Clock clock) {
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.org = org;
        this.system = system;
        this.clock = clock;
    }

    public long campaign307() {
        return system.call(() -> campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id());
    }

    public long unit(String code) {
        return system.call(() -> org.findByCode(code).orElseThrow().id());
    }

    /** What a responsibility review in 307 asks, due in three days. */
    public NewFollowUp review(long campaignId) {
        return new NewFollowUp(campaignId, FollowUpType.RESPONSIBILITY_REVIEW, "Tỷ lệ khai báo dưới 95 %",
                "Tổ chức kiểm điểm trách nhiệm, báo cáo kết quả", clock.instant().plus(Duration.ofDays(3)));
    }

    /** A responsibility review in 307 for the unit, opened by the signed-in user. */
    public FollowUpCaseInfo openFor(String unitCode) {
        return followUps.open(review(campaign307()), List.of(unit(unitCode))).opened().getFirst();
    }
}
