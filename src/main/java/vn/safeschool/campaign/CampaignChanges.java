package vn.safeschool.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.safeschool.base.Inputs;

/**
 * A campaign as edited, with the version it was read at: a stale version is refused, not overwritten.
 */
public record CampaignChanges(
        @NotBlank @Size(max = 64) String docNumber,
        @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDateTime deadline,
        long scopeUnitId,
        long checklistVersionId,
        @Min(1) @Max(365) int freshnessDays,
        boolean lockAfterDeadline,
        long version) {

    public CampaignChanges {
        docNumber = Inputs.line(docNumber);
        title = Inputs.line(title);
    }

    /** The campaign's current values, to change some of them. */
    public static CampaignChanges of(CampaignInfo campaign) {
        return new CampaignChanges(campaign.docNumber(), campaign.title(), campaign.issuedOn(),
                campaign.deadlineInVietnam().toLocalDateTime(), campaign.scopeUnitId(), campaign.checklistVersionId(),
                campaign.freshnessDays(), campaign.lockAfterDeadline(), campaign.version());
    }
}
