package vn.safeschool.declaration;

import java.time.Instant;

import vn.safeschool.campaign.CampaignInfo;

/** A school was let in again after its campaign's locked deadline, until a moment, for a reason. */
record DeclarationReopened(long unitId, CampaignInfo campaign, Instant openUntil, String reason) {
}
