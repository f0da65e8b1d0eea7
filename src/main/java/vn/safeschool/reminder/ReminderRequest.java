package vn.safeschool.reminder;

import java.util.List;
import java.util.Set;

import vn.safeschool.oversight.StatusFilter;

/**
 * A reminder someone wants to send: about a campaign, to these units (schools, district offices, direct units),
 * with a template.
 *
 * @param schoolsBelow also remind, directly, the schools under the chosen offices that match {@code statuses}
 * @param statuses     which schools count as lagging for {@code schoolsBelow} (empty: all lagging states)
 * @param force        remind units even if they were reminded about the campaign within the throttle interval
 */
public record ReminderRequest(long campaignId, List<Long> unitIds, long templateId, boolean schoolsBelow,
        Set<StatusFilter> statuses, boolean force) {

    public ReminderRequest {
        unitIds = List.copyOf(unitIds);
        statuses = Set.copyOf(statuses);
    }

    public static ReminderRequest of(long campaignId, List<Long> unitIds, long templateId) {
        return new ReminderRequest(campaignId, unitIds, templateId, false, Set.of(), false);
    }

    public ReminderRequest forced(boolean forced) {
        return new ReminderRequest(campaignId, unitIds, templateId, schoolsBelow, statuses, forced);
    }
}
