package vn.safeschool.declaration;

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
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;

/** One submission as it was made: written once, never updated (the history and the "as of" numbers read it). */
@Entity
@Immutable
@Table(name = "declaration_submission")
class DeclarationSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "declaration_id")
    private long declarationId;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "campaign_id")
    private long campaignId;

    private int revision;

    @Enumerated(EnumType.STRING)
    private SafetyStatus status = SafetyStatus.UNSAFE;

    @Column(name = "met_count")
    private int metCount;

    @Column(name = "criteria_count")
    private int criteriaCount;

    @Column(name = "missed_mandatory")
    private String missedMandatory = "";

    /** JSON: criterion number to met flag and note, as submitted. */
    private String answers = "{}";

    @Column(name = "submitted_at")
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;

    @Column(name = "on_behalf")
    private boolean onBehalf;

    @Column(name = "on_behalf_reason")
    private @Nullable String onBehalfReason;

    private boolean late;

    protected DeclarationSubmission() {
    }

    DeclarationSubmission(long declarationId, long unitId, long campaignId, int revision, Assessment assessment,
            String answersJson, Instant submittedAt, @Nullable Long submittedBy, boolean late,
            @Nullable String onBehalfReason) {
        this.declarationId = declarationId;
        this.unitId = unitId;
        this.campaignId = campaignId;
        this.revision = revision;
        this.status = assessment.status();
        this.metCount = assessment.met();
        this.criteriaCount = assessment.total();
        this.missedMandatory = assessment.missedMandatoryText();
        this.answers = answersJson;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.late = late;
        this.onBehalf = onBehalfReason != null;
        this.onBehalfReason = onBehalfReason;
    }

    int revision() {
        return revision;
    }

    Assessment assessment() {
        java.util.List<Integer> missed = missedMandatory.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(missedMandatory.split(",\\s*")).map(Integer::valueOf).toList();
        return new Assessment(status, metCount, criteriaCount, missed);
    }

    String answersJson() {
        return answers;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    Long submittedBy() {
        return submittedBy;
    }

    boolean onBehalf() {
        return onBehalf;
    }

    @Nullable
    String onBehalfReason() {
        return onBehalfReason;
    }

    boolean late() {
        return late;
    }
}
