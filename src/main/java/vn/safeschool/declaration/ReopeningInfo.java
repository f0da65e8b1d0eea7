package vn.safeschool.declaration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A running reopening of a school after a locked deadline: until when, why, by whom. */
public record ReopeningInfo(Instant openUntil, String reason, @Nullable String reopenedByName, Instant reopenedAt) {
}
