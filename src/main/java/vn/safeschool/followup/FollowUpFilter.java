package vn.safeschool.followup;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which cases a list shows, always inside the user's jurisdiction.
 *
 * @param campaignId   one campaign, or all (null)
 * @param statuses     these statuses (empty: all)
 * @param type         one type, or all (null)
 * @param unitId       cases of this unit and the units under it (null: the whole jurisdiction)
 * @param overdueOnly  only cases past their due date without an answer
 */
public record FollowUpFilter(@Nullable Long campaignId, Set<FollowUpStatus> statuses, @Nullable FollowUpType type,
        @Nullable Long unitId, boolean overdueOnly) {

    public FollowUpFilter {
        statuses = Set.copyOf(statuses);
    }

    public static FollowUpFilter campaign(@Nullable Long campaignId) {
        return new FollowUpFilter(campaignId, Set.of(), null, null, false);
    }

    public FollowUpFilter under(@Nullable Long unit) {
        return new FollowUpFilter(campaignId, statuses, type, unit, overdueOnly);
    }

    public FollowUpFilter withStatuses(Set<FollowUpStatus> wanted) {
        return new FollowUpFilter(campaignId, wanted, type, unitId, overdueOnly);
    }
}
