package vn.safeschool.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.UnitKind;

/**
 * A unit as a reminder speaks of it ({@link UnitFacts}): for a school, its declaration in the campaign (none:
 * {@code status} null); for an office or department, its schools' counts.
 */
record UnitState(long id, String code, String name, String path, UnitKind kind, @Nullable String status, int met,
        int total, String missed, boolean late, @Nullable Instant submittedAt, long institutions, long declared,
        long notDeclared, long unsafe, long atRisk) {

    boolean school() {
        return kind == UnitKind.SCHOOL;
    }

    /** The unit's state as the reminder records it. */
    String snapshot() {
        return !school() ? "OFFICE" : status == null ? "NOT_DECLARED" : status;
    }

    UnitState withCounts(long institutions, long declared, long notDeclared, long unsafe, long atRisk) {
        return new UnitState(id, code, name, path, kind, status, met, total, missed, late, submittedAt, institutions,
                declared, notDeclared, unsafe, atRisk);
    }
}
