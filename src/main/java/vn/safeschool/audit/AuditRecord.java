package vn.safeschool.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.safeschool.base.audit.AuditAction;

/** A stored audit event. Written once, never changed: Hibernate ignores changes, the database refuses them. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditRecord {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_name")
    private String actorName = "";

    @Enumerated(EnumType.STRING)
    private AuditAction action = AuditAction.UNIT_UPDATED;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(name = "unit_path")
    private @Nullable String unitPath;

    private @Nullable String target;

    @Column(name = "before_values")
    private String beforeValues = "{}";

    @Column(name = "after_values")
    private String afterValues = "{}";

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, @Nullable Long actorId, String actorName, AuditAction action,
            @Nullable Long unitId, @Nullable String unitPath, @Nullable String target, Map<String, String> before,
            Map<String, String> after) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.target = target;
        this.beforeValues = JSON.writeValueAsString(new TreeMap<>(before));
        this.afterValues = JSON.writeValueAsString(new TreeMap<>(after));
    }

    @Nullable Long unitId() {
        return unitId;
    }

    AuditEntry toEntry(@Nullable String unitCode, @Nullable String unitName) {
        if (id == null) {
            throw new IllegalStateException("audit record not stored yet");
        }
        return new AuditEntry(id, occurredAt, actorName, action, unitId, unitCode, unitName, target,
                JSON.readValue(beforeValues, VALUES), JSON.readValue(afterValues, VALUES));
    }
}
