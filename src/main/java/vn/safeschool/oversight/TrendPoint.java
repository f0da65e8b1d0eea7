package vn.safeschool.oversight;

import java.time.Instant;

/**
 * Where a campaign stood at a moment: how many institutions had declared by then, and how many of them were Safe by
 * their last declaration before it.
 */
public record TrendPoint(Instant at, long declared, long safe) {
}
