package vn.safeschool.oversight;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * States an institution can be filtered by; several are OR-ed. Each state's meaning in SQL is written here once,
 * so that the oversight grid's filter and counts and the reminders' "lagging" schools cannot drift apart.
 */
public enum StatusFilter {
    SAFE("d.status = 'SAFE'"),
    AT_RISK("d.status = 'AT_RISK'"),
    UNSAFE("d.status = 'UNSAFE'"),
    NOT_DECLARED("d.status IS NULL"),
    LATE("d.late"),
    STALE("d.submitted_at < :staleBefore");

    /**
     * "Lagging": everything that needs following up. Not Late: a school that declared after the deadline has done
     * what was asked (Late stays on the record); it lags only if it is also unsafe, at risk or stale.
     */
    public static final Set<StatusFilter> LAGGING = Set.of(NOT_DECLARED, STALE, UNSAFE, AT_RISK);

    private final String condition;

    StatusFilter(String condition) {
        this.condition = condition;
    }

    /**
     * The state as an SQL condition on a school's declaration joined as {@code d} — its current declaration, or
     * the submission in force at a moment (the same columns) — NULL when it has none; {@code :staleBefore} is the
     * moment before which a declaration is stale (the campaign's freshness days back from now or the moment).
     */
    public String condition() {
        return condition;
    }

    /** Any of the states, as one SQL condition like {@link #condition()}. */
    public static String anyOf(Set<StatusFilter> statuses) {
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("No state to match");
        }
        return statuses.stream().sorted().map(StatusFilter::condition)
                .collect(Collectors.joining(") OR (", "(", ")"));
    }
}
