package vn.safeschool.reorganisation;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reorganisation event as lists show it.
 *
 * @param undoesEventId   set on a compensating event: the event it undoes
 * @param undoneByEventId set on an undone event: the event that undid it
 * @param failure         why a scheduled event could not be applied when its moment came (a translation key)
 */
public record ReorgSummary(long id, String title, Instant effectiveAt, ReorgStatus status, @Nullable String sourceName,
        Instant createdAt, @Nullable Instant appliedAt, @Nullable Long undoesEventId, @Nullable Long undoneByEventId,
        @Nullable String failure, int steps, long version) implements Serializable {
}
