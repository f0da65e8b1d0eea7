package vn.safeschool.oversight;

import java.util.List;

/** A unit with its own numbers and its children's, from one pass over the schools under it. */
public record RollupLevel(UnitRollup unit, List<UnitRollup> children) {

    public RollupLevel {
        children = List.copyOf(children);
    }
}
