package vn.safeschool.declaration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A school let back in after a locked deadline, until a moment, and why. Written once. */
@Entity
@Immutable
@Table(name = "declaration_reopening")
class DeclarationReopening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "open_until")
    private Instant openUntil = Instant.EPOCH;

    private String reason = "";

    @Column(name = "reopened_by")
    private @Nullable Long reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt = Instant.EPOCH;

    protected DeclarationReopening() {
    }

    DeclarationReopening(long unitId, long campaignId, Instant openUntil, String reason, @Nullable Long reopenedBy,
            Instant reopenedAt) {
        this.unitId = unitId;
        this.campaignId = campaignId;
        this.openUntil = openUntil;
        this.reason = reason;
        this.reopenedBy = reopenedBy;
        this.reopenedAt = reopenedAt;
    }

    Instant openUntil() {
        return openUntil;
    }

    String reason() {
        return reason;
    }

    @Nullable
    Long reopenedBy() {
        return reopenedBy;
    }

    Instant reopenedAt() {
        return reopenedAt;
    }
}
