package vn.safeschool.audit;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.audit.AuditAction;

/**
 * What the audit search narrows down to; every part is optional and they are AND-ed.
 *
 * @param username part of the actor's username, any case
 * @param unitId   a unit whose subtree (itself and everything under it) the events must concern
 * @param actions  the actions to show; empty for all
 * @param from     from this instant, inclusive
 * @param to       up to this instant, exclusive
 */
public record AuditFilter(@Nullable String username, @Nullable Long unitId, Set<AuditAction> actions,
        @Nullable Instant from, @Nullable Instant to) {

    public AuditFilter {
        actions = Set.copyOf(actions);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, Set.of(), null, null);
    }
}
