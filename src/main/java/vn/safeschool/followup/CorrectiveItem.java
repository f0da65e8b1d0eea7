package vn.safeschool.followup;

import java.time.Instant;

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
import vn.safeschool.checklist.SafetyStatus;

/**
 * One failed criterion of a school in a campaign, to be fixed by its due date. Opened and closed in SQL by
 * {@link CorrectiveItemsListener}; the school marks it fixed here.
 */
@Entity
@Table(name = "corrective_item")
class CorrectiveItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "criterion_id")
    private long criterionId;

    @Enumerated(EnumType.STRING)
    private CorrectiveStatus status = CorrectiveStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_status")
    private SafetyStatus declarationStatus = SafetyStatus.UNSAFE;

    @Column(name = "opened_at")
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "due_at")
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "fixed_note")
    private @Nullable String fixedNote;

    @Column(name = "fixed_at")
    private @Nullable Instant fixedAt;

    @Column(name = "fixed_by")
    private @Nullable Long fixedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Version
    private long version;

    protected CorrectiveItem() {
    }

    /** The school says it fixed the criterion, and how. */
    void markFixed(String note, Instant at, @Nullable Long by) {
        if (status != CorrectiveStatus.OPEN) {
            throw new RuleViolation("corrective.error.not-open");
        }
        this.status = CorrectiveStatus.FIXED;
        this.fixedNote = note;
        this.fixedAt = at;
        this.fixedBy = by;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("item not saved yet");
        }
        return id;
    }

    long unitId() {
        return unitId;
    }

    long version() {
        return version;
    }
}
