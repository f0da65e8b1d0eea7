package vn.safeschool.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.audit.AuditAction;

/**
 * One line of the audit log as readers see it. The unit's code and name are today's (empty when the unit is no
 * longer visible); {@code before} and {@code after} are the values as they were recorded, by field name.
 */
public record AuditEntry(long id, Instant when, String actor, AuditAction action, @Nullable Long unitId,
        @Nullable String unitCode, @Nullable String unitName, @Nullable String target,
        Map<String, String> before, Map<String, String> after) {

    /** Both maps iterate in field-name order. */
    public AuditEntry {
        before = Collections.unmodifiableMap(new TreeMap<>(before));
        after = Collections.unmodifiableMap(new TreeMap<>(after));
    }

    /** A field whose value differs between before and after; {@code null} where the field was absent. */
    public record Change(String field, @Nullable String before, @Nullable String after) {
    }

    /** The fields that changed, by name: every field of a creation, only the edited ones of an edit. */
    public List<Change> changes() {
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new Change(field, before.get(field), after.get(field)));
            }
        }
        return changes;
    }
}
