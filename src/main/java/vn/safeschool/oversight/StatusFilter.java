package vn.safeschool.oversight;

import java.util.Set;

/** States an institution can be filtered by; several are OR-ed. */
public enum StatusFilter {
    SAFE,
    AT_RISK,
    UNSAFE,
    NOT_DECLARED,
    LATE,
    STALE;

    /** "Lagging": everything that needs following up. */
    public static final Set<StatusFilter> LAGGING = Set.of(NOT_DECLARED, LATE, STALE, UNSAFE, AT_RISK);
}
