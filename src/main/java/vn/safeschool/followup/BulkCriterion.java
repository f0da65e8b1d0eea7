package vn.safeschool.followup;

import java.time.Instant;

import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.oversight.UnitRollup;

/** Which units one action opens follow-ups for, judged on their live numbers. */
public enum BulkCriterion {
    /** declared institutions below a share of all (the threshold, in percent) */
    BELOW_COMPLETION,
    /** at least one Unsafe institution */
    WITH_UNSAFE,
    /** institutions that have not declared although the deadline has passed */
    NOT_DECLARED_AFTER_DEADLINE;

    boolean matches(UnitRollup unit, int thresholdPercent, CampaignInfo campaign, Instant now) {
        return switch (this) {
            case BELOW_COMPLETION -> unit.completion().doubleValue() < thresholdPercent;
            case WITH_UNSAFE -> unit.unsafe() > 0;
            case NOT_DECLARED_AFTER_DEADLINE -> now.isAfter(campaign.deadline()) && unit.notDeclared() > 0;
        };
    }
}
