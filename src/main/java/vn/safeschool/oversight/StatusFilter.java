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

    /**
     * "Lagging": everything that needs following up. Not Late: a school that declared after the deadline has done
     * what was asked (Late stays on the record); it lags only if it is also unsafe, at risk or stale.
     */
    public static final Set<StatusFilter> LAGGING = Set.of(NOT_DECLARED, STALE, UNSAFE, AT_RISK);
}
