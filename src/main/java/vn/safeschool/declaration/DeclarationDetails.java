package vn.safeschool.declaration;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.org.OrgUnitInfo;

/**
 * A school's declaration in a campaign as its page shows it: the current state (none when it has not declared),
 * whether it is stale (older than the campaign's freshness period), who submitted it, and the answers in checklist
 * order; whether the campaign's locked deadline refuses submissions now, and the reopening that lets the school in
 * again, if one runs; and what the current user may do with it.
 */
public record DeclarationDetails(OrgUnitInfo unit, CampaignInfo campaign, @Nullable DeclarationInfo current,
        boolean stale, @Nullable String submittedByName, List<DeclaredAnswer> answers, boolean locked,
        @Nullable ReopeningInfo reopening, DeclarationAbilities may) {

    public DeclarationDetails {
        answers = List.copyOf(answers);
    }

    public boolean declared() {
        return current != null;
    }
}
