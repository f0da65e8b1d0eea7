package vn.safeschool.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.OrgUnitInfo;

/**
 * The follow-up board's counts per unit one level below the user's (district offices, the direct units as one
 * group), and their total.
 */
public record FollowUpBoard(List<Row> rows, Row total) {

    public FollowUpBoard {
        rows = List.copyOf(rows);
    }

    /**
     * @param unit      the unit; null for the direct units as one group, or for the total
     * @param open      waiting for the unit's answer (returned ones included)
     * @param returned  of those, answers sent back at least once
     * @param responded waiting for the decision
     * @param overdue   open past their due date
     * @param closed    accepted
     */
    public record Row(@Nullable OrgUnitInfo unit, boolean directUnits, long open, long returned, long responded,
            long overdue, long closed) {

        public long total() {
            return open + responded + closed;
        }

        Row plus(Row other) {
            return new Row(unit, directUnits, open + other.open, returned + other.returned,
                    responded + other.responded, overdue + other.overdue, closed + other.closed);
        }
    }
}
