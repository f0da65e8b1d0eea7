package vn.safeschool.followup.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.oversight.GridAction;
import vn.safeschool.oversight.GridSelection;
import vn.safeschool.oversight.UnitRollup;

/**
 * "Mở theo dõi" on the oversight grid: opens follow-ups for the selected units or for every unit below the user's
 * that meets a criterion, in the grid's campaign. Only the selected rows one level below the user's unit count:
 * that is whom a user follows up.
 */
@Component
class OpenFollowUpAction implements GridAction {

    private final FollowUpService followUps;
    private final CampaignService campaigns;
    private final Clock clock;

    OpenFollowUpAction(FollowUpService followUps, CampaignService campaigns, Clock clock) {
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public String labelKey() {
        return "followup.open";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FLAG_O;
    }

    @Override
    public int order() {
        return 20;
    }

    /** Whoever's role opens follow-ups, as the service says. */
    @Override
    public boolean available() {
        return followUps.mayOpen();
    }

    @Override
    public void open(GridSelection selection) {
        List<UnitRollup> below = selection.selected().stream()
                .filter(r -> r.unit().parentId() != null && r.unit().parentId() == selection.homeUnitId()).toList();
        new OpenFollowUpDialog(followUps, campaigns.list(), selection.filter().campaignId(), below, clock,
                selection.refresh()).open();
    }
}
