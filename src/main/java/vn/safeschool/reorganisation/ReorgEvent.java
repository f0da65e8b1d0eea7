package vn.safeschool.reorganisation;

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

@Entity
@Table(name = "reorg_event")
class ReorgEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_unit_id")
    private long ownerUnitId;

    private String title;

    @Column(name = "effective_at")
    private Instant effectiveAt;

    @Enumerated(EnumType.STRING)
    private ReorgStatus status;

    @Column(name = "source_name")
    private @Nullable String sourceName;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "applied_at")
    private @Nullable Instant appliedAt;

    @Column(name = "undoes_event_id")
    private @Nullable Long undoesEventId;

    @Column(name = "undone_by_event_id")
    private @Nullable Long undoneByEventId;

    private @Nullable String failure;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ReorgEvent() {
    }

    ReorgEvent(long ownerUnitId, String title, Instant effectiveAt, @Nullable String sourceName,
            @Nullable Long createdBy, Instant createdAt, @Nullable Long undoesEventId) {
        this.ownerUnitId = ownerUnitId;
        this.title = title;
        this.effectiveAt = effectiveAt;
        this.sourceName = sourceName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.undoesEventId = undoesEventId;
        this.status = ReorgStatus.DRAFT;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    long ownerUnitId() {
        return ownerUnitId;
    }

    String title() {
        return title;
    }

    Instant effectiveAt() {
        return effectiveAt;
    }

    ReorgStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    @Nullable Long undoesEventId() {
        return undoesEventId;
    }

    /** Any change to the event or its rows raises its version, so that a page that loaded the old one is refused. */
    void touch(Instant at) {
        updatedAt = at;
    }

    void schedule() {
        status = ReorgStatus.SCHEDULED;
    }

    void applied(Instant at) {
        status = ReorgStatus.APPLIED;
        appliedAt = at;
        failure = null;
    }

    void undoneBy(long eventId) {
        status = ReorgStatus.UNDONE;
        undoneByEventId = eventId;
    }

    void discard() {
        status = ReorgStatus.DISCARDED;
    }

    void failed(String reason) {
        status = ReorgStatus.FAILED;
        failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    ReorgSummary toSummary(int steps) {
        return new ReorgSummary(id(), title, effectiveAt, status, sourceName, createdAt, appliedAt, undoesEventId,
                undoneByEventId, failure, steps, version);
    }
}
