package vn.safeschool.base.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Something that must appear in the audit log. Features publish it (Spring application event) inside the
 * transaction of the change itself; the audit module stores it in the same transaction, so a change and its audit
 * row commit or roll back together. Who did it is taken from the security context unless {@code actor} is given
 * (a failed login has no authenticated user).
 *
 * @param action   what happened, e.g. {@code UNIT_CREATED}, {@code LOGIN_FAILED}; see {@link AuditAction}
 * @param unitId   the unit concerned, if any: the audit view filters by its subtree
 * @param target   what was acted on, e.g. {@code "account:12"}, {@code "declaration:5"}
 * @param before   the values before an edit (field to value), empty for a creation
 * @param after    the values after it
 * @param actor    who, when not the signed-in user (a failed login's attempted username)
 */
public record AuditEvent(AuditAction action, @Nullable Long unitId, @Nullable String target,
        Map<String, String> before, Map<String, String> after, @Nullable String actor) {

    public AuditEvent {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public static AuditEvent of(AuditAction action, @Nullable Long unitId, @Nullable String target) {
        return new AuditEvent(action, unitId, target, Map.of(), Map.of(), null);
    }

    public static AuditEvent change(AuditAction action, @Nullable Long unitId, @Nullable String target,
            Map<String, String> before, Map<String, String> after) {
        return new AuditEvent(action, unitId, target, before, after, null);
    }
}
