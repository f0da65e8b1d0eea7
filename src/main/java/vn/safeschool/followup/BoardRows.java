package vn.safeschool.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.safeschool.org.OrgUnitInfo;

/**
 * Turns the board's counts per path into rows: the home unit's own cases (a district admin's office) first, then
 * its children by code — offices always, a school when it has cases — and, where offices and schools sit side by
 * side (under the department), the schools together as the direct units.
 */
final class BoardRows {

    private static final FollowUpBoard.Row NONE = new FollowUpBoard.Row(null, false, 0, 0, 0, 0, 0);

    private BoardRows() {
    }

    static FollowUpBoard of(OrgUnitInfo home, List<OrgUnitInfo> children, Map<String, FollowUpBoard.Row> counts) {
        boolean mixed = children.stream().anyMatch(c -> !c.isSchool())
                && children.stream().anyMatch(OrgUnitInfo::isSchool);
        List<FollowUpBoard.Row> rows = new ArrayList<>();
        FollowUpBoard.Row own = counts.get("");
        if (own != null) {
            rows.add(at(home, own));
        }
        FollowUpBoard.Row direct = new FollowUpBoard.Row(null, true, 0, 0, 0, 0, 0);
        boolean anyDirect = false;
        for (OrgUnitInfo child : children.stream().sorted(Comparator.comparing(OrgUnitInfo::code)).toList()) {
            FollowUpBoard.Row count = counts.get(child.path());
            if (mixed && child.isSchool()) {
                if (count != null) {
                    direct = direct.plus(count);
                    anyDirect = true;
                }
            } else if (count != null || !child.isSchool() && child.active()) {
                rows.add(at(child, count == null ? NONE : count));
            }
        }
        if (anyDirect) {
            rows.add(direct);
        }
        FollowUpBoard.Row total = counts.values().stream().reduce(NONE, FollowUpBoard.Row::plus);
        return new FollowUpBoard(rows, total);
    }

    private static FollowUpBoard.Row at(OrgUnitInfo unit, FollowUpBoard.Row count) {
        return new FollowUpBoard.Row(unit, false, count.open(), count.returned(), count.responded(),
                count.overdue(), count.closed());
    }
}
