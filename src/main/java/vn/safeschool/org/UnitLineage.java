package vn.safeschool.org;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.Restructuring.Action;

/**
 * A unit through time, as its page shows it: every period of its life (where it sat, its code and name, open or
 * closed, and the reorganisation that began it), the units it came from and the units it went into. Other units are
 * named only as far as the viewer may see them as they were then.
 *
 * @param periods      oldest first
 * @param predecessors the units merged or split into this one
 * @param successors   the units this one was merged or split into
 */
public record UnitLineage(List<Period> periods, List<Link> predecessors, List<Link> successors) {

    public UnitLineage {
        periods = List.copyOf(periods);
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }

    /**
     * One state of the unit.
     *
     * @param from    null: since it was recorded (units are not dated before their first reorganisation)
     * @param to      null: still so today
     * @param parent  the unit above then, as it was named then; null at the top or when the viewer may not see it
     * @param eventId the reorganisation that began the period; null for the first one and for changes by hand
     */
    public record Period(@Nullable Instant from, @Nullable Instant to, @Nullable Ref parent, String code, String name,
            boolean active, @Nullable Long eventId) {
    }

    /**
     * A merge or split between this unit and another.
     *
     * @param principal whether the successor is the one that took the predecessor's open work
     */
    public record Link(Ref unit, Action kind, boolean principal, Instant at, @Nullable Long eventId) {
    }

    /**
     * Another unit, with its code and name of the moment concerned.
     *
     * @param openable whether the viewer may open its page today (it lies in their jurisdiction now)
     */
    public record Ref(long id, String code, String name, boolean openable) {
    }
}
