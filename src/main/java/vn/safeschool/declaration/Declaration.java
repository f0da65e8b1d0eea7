package vn.safeschool.declaration;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;

/** The current declaration of a unit in a campaign; each change is also kept as a {@link DeclarationSubmission}. */
@Entity
@Table(name = "declaration")
class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "campaign_id")
    private long campaignId;

    @Enumerated(EnumType.STRING)
    private SafetyStatus status = SafetyStatus.UNSAFE;

    @Column(name = "met_count")
    private int metCount;

    @Column(name = "criteria_count")
    private int criteriaCount;

    @Column(name = "missed_mandatory")
    private String missedMandatory = "";

    @Column(name = "submitted_at")
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;

    private boolean late;

    @ElementCollection
    @CollectionTable(name = "declaration_answer", joinColumns = @JoinColumn(name = "declaration_id"))
    @MapKeyColumn(name = "criterion_id")
    private Map<Long, Answer> answers = new HashMap<>();

    @Version
    private long version;

    protected Declaration() {
    }

    Declaration(long unitId, long campaignId) {
        this.unitId = unitId;
        this.campaignId = campaignId;
    }

    void record(Map<Long, Answer> answersByCriterionId, Assessment assessment, Instant at, @Nullable Long by,
            boolean late) {
        this.answers.clear();
        this.answers.putAll(answersByCriterionId);
        this.status = assessment.status();
        this.metCount = assessment.met();
        this.criteriaCount = assessment.total();
        this.missedMandatory = assessment.missedMandatoryText();
        this.submittedAt = at;
        this.submittedBy = by;
        this.late = late;
    }

    /** Whether the school first declared after the campaign's deadline. */
    boolean late() {
        return late;
    }

    Map<Long, Answer> answers() {
        return answers;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    Long submittedBy() {
        return submittedBy;
    }

    long version() {
        return version;
    }

    Assessment assessment() {
        List<Integer> missed = missedMandatory.isBlank() ? List.of()
                : java.util.Arrays.stream(missedMandatory.split(",\\s*")).map(Integer::valueOf).toList();
        return new Assessment(status, metCount, criteriaCount, missed);
    }

    DeclarationInfo toInfo() {
        return new DeclarationInfo(id == null ? 0 : id, unitId, campaignId, assessment(), submittedAt, submittedBy,
                late, version);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("declaration not saved yet");
        }
        return id;
    }
}
