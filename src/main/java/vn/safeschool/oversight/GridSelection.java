package vn.safeschool.oversight;

import java.util.List;

/**
 * What the oversight grid shows when an action is started: its filter (campaign, moment, statuses, types), the
 * user's home unit the tree starts from, the rows the user selected (possibly none), and what to call when the
 * action changed something the grid should show again.
 */
public record GridSelection(RollupFilter filter, long homeUnitId, List<UnitRollup> selected, Runnable refresh) {

    public GridSelection {
        selected = List.copyOf(selected);
    }
}
