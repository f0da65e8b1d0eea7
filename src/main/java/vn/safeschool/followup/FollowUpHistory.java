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
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One transition of a case, written once. */
@Entity
@Immutable
@Table(name = "follow_up_history")
class FollowUpHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id")
    private long caseId;

    @Enumerated(EnumType.STRING)
    private CaseAction action = CaseAction.OPENED;

    private Instant at = Instant.EPOCH;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    private @Nullable String comment;

    @Column(name = "attachment_id")
    private @Nullable Long attachmentId;

    /** The new due date a return gave the case, if it gave one. */
    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    protected FollowUpHistory() {
    }

    FollowUpHistory(long caseId, CaseAction action, Instant at, @Nullable Long actorId, @Nullable String comment,
            @Nullable Long attachmentId) {
        this.caseId = caseId;
        this.action = action;
        this.at = at;
        this.actorId = actorId;
        this.comment = comment;
        this.attachmentId = attachmentId;
    }

    /** The same transition, with the due date it set. */
    FollowUpHistory due(@Nullable Instant newDueAt) {
        this.dueAt = newDueAt;
        return this;
    }
}
