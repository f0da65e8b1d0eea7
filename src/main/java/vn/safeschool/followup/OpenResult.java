package vn.safeschool.followup;

import java.util.List;

import vn.safeschool.org.OrgUnitInfo;

/** The cases an opening made, and the units left out because they already have an unfinished case of that type. */
public record OpenResult(List<FollowUpCaseInfo> opened, List<OrgUnitInfo> skipped) {

    public OpenResult {
        opened = List.copyOf(opened);
        skipped = List.copyOf(skipped);
    }
}
