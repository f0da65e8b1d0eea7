package vn.safeschool.followup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;

/** A follow-up case; its transitions check the status they start from, the service checks who makes them. */
@Entity
@Table(name = "follow_up_case")
class FollowUpCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "assignee_unit_id")
    private long assigneeUnitId;

    @Column(name = "opener_unit_id")
    private long openerUnitId;

    @Enumerated(EnumType.STRING)
    private FollowUpType type = FollowUpType.OTHER;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    private String reason = "";

    @Column(name = "required_action")
    private String requiredAction = "";

    @Column(name = "due_at")
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "opened_at")
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "opened_by")
    private @Nullable Long openedBy;

    @Column(name = "n_institutions")
    private long institutions;
    @Column(name = "n_safe")
    private long safe;
    @Column(name = "n_at_risk")
    private long atRisk;
    @Column(name = "n_unsafe")
    private long unsafe;
    @Column(name = "n_not_declared")
    private long notDeclared;
    @Column(name = "n_late")
    private long late;
    @Column(name = "n_stale")
    private long stale;

    private @Nullable String explanation;
    private @Nullable String conclusions;

    @Column(name = "attachment_id")
    private @Nullable Long attachmentId;

    @Column(name = "responded_at")
    private @Nullable Instant respondedAt;

    @Column(name = "responded_by")
    private @Nullable Long respondedBy;

    @Column(name = "returned_count")
    private int returnedCount;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by")
    private @Nullable Long closedBy;

    @Version
    private long version;

    protected FollowUpCase() {
    }

    FollowUpCase(long assigneeUnitId, long openerUnitId, NewFollowUp spec, FrozenNumbers numbers, Instant at,
            @Nullable Long by) {
        this.campaignId = spec.campaignId();
        this.assigneeUnitId = assigneeUnitId;
        this.openerUnitId = openerUnitId;
        this.type = spec.type();
        this.reason = spec.reason().strip();
        this.requiredAction = spec.requiredAction().strip();
        this.dueAt = spec.dueAt();
        this.openedAt = at;
        this.openedBy = by;
        this.institutions = numbers.institutions();
        this.safe = numbers.safe();
        this.atRisk = numbers.atRisk();
        this.unsafe = numbers.unsafe();
        this.notDeclared = numbers.notDeclared();
        this.late = numbers.late();
        this.stale = numbers.stale();
    }

    void respond(String explanation, String conclusions, @Nullable Long attachmentId, Instant at,
            @Nullable Long by) {
        require(FollowUpStatus.OPEN);
        this.explanation = explanation;
        this.conclusions = conclusions;
        this.attachmentId = attachmentId;
        this.respondedAt = at;
        this.respondedBy = by;
        this.status = FollowUpStatus.RESPONDED;
    }

    void sendBack(@Nullable Instant newDueAt) {
        require(FollowUpStatus.RESPONDED);
        this.status = FollowUpStatus.OPEN;
        this.returnedCount++;
        if (newDueAt != null) {
            this.dueAt = newDueAt;
        }
    }

    void accept(Instant at, @Nullable Long by) {
        require(FollowUpStatus.RESPONDED);
        this.status = FollowUpStatus.ACCEPTED;
        this.closedAt = at;
        this.closedBy = by;
    }

    private void require(FollowUpStatus expected) {
        if (status != expected) {
            throw new RuleViolation("followup.error.status-" + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The case's facts as the audit log shows them. */
    Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", type.name());
        values.put("status", status.name());
        values.put("due", dueAt.toString());
        values.put("returned", String.valueOf(returnedCount));
        return values;
    }

    /** The audit log's entry for a change of this case, filed under its assignee unit. */
    AuditEvent audited(AuditAction action, Map<String, String> before, Map<String, String> after) {
        return AuditEvent.change(action, assigneeUnitId, "followup:" + id(), before, after);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("case not saved yet");
        }
        return id;
    }

    long campaignId() {
        return campaignId;
    }

    long assigneeUnitId() {
        return assigneeUnitId;
    }

    long openerUnitId() {
        return openerUnitId;
    }

    FollowUpType type() {
        return type;
    }

    FollowUpStatus status() {
        return status;
    }

    Instant dueAt() {
        return dueAt;
    }

    long version() {
        return version;
    }
}
