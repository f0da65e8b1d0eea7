package vn.safeschool.org;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that changed the hierarchy's shape, after the units are written: the features
 * that keep work or copies of paths per unit hand the dissolved units' open work over and bring their copies in step,
 * in the same transaction — so that a reorganisation commits whole or not at all.
 *
 * @param eventId     the reorganisation's record (for the hand-overs' history), if it has one
 * @param effectiveAt when the new structure took effect
 * @param dissolved   every unit dissolved, with the unit that takes over its work (all ids known)
 */
public record UnitsRestructured(@Nullable Long eventId, String title, Instant effectiveAt,
        List<RestructuringPlan.Dissolved> dissolved) {

    public UnitsRestructured {
        dissolved = List.copyOf(dissolved);
    }
}
