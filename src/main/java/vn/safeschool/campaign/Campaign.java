package vn.safeschool.campaign;

import java.time.Instant;
import java.time.LocalDate;

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
import vn.safeschool.base.Zones;

@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "doc_number")
    private String docNumber = "";

    private String title = "";

    @Column(name = "issued_on")
    private LocalDate issuedOn = LocalDate.EPOCH;

    @Column(name = "deadline_at")
    private Instant deadline = Instant.EPOCH;

    @Column(name = "scope_unit_id")
    private long scopeUnitId;

    @Column(name = "checklist_version_id")
    private long checklistVersionId;

    @Column(name = "freshness_days")
    private int freshnessDays;

    @Column(name = "lock_after_deadline")
    private boolean lockAfterDeadline;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.OPEN;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(NewCampaign spec) {
        this.docNumber = spec.docNumber().strip();
        this.title = spec.title().strip();
        this.issuedOn = spec.issuedOn();
        this.deadline = spec.deadline().atZone(Zones.VIETNAM).toInstant();
        this.scopeUnitId = spec.scopeUnitId();
        this.checklistVersionId = spec.checklistVersionId();
        this.freshnessDays = spec.freshnessDays();
        this.lockAfterDeadline = spec.lockAfterDeadline();
    }

    long version() {
        return version;
    }

    CampaignStatus status() {
        return status;
    }

    void apply(CampaignChanges changes) {
        this.docNumber = changes.docNumber().strip();
        this.title = changes.title().strip();
        this.issuedOn = changes.issuedOn();
        this.deadline = changes.deadline().atZone(Zones.VIETNAM).toInstant();
        this.scopeUnitId = changes.scopeUnitId();
        this.checklistVersionId = changes.checklistVersionId();
        this.freshnessDays = changes.freshnessDays();
        this.lockAfterDeadline = changes.lockAfterDeadline();
    }

    /** Leaving OPEN is the campaign's closing: the moment its schools are counted at from then on. */
    void moveTo(CampaignStatus next, Instant at) {
        if (status == CampaignStatus.OPEN && next != CampaignStatus.OPEN) {
            this.closedAt = at;
        }
        this.status = next;
    }

    CampaignInfo toInfo() {
        return new CampaignInfo(id == null ? 0 : id, docNumber, title, issuedOn, deadline, scopeUnitId,
                checklistVersionId, freshnessDays, lockAfterDeadline, status, closedAt, version);
    }
}
