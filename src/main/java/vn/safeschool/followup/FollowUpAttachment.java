package vn.safeschool.followup;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A file attached to an answer, kept in the database with the case (one backup, one transaction). */
@Entity
@Immutable
@Table(name = "follow_up_attachment")
class FollowUpAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "file_name")
    private String fileName = "";

    @Column(name = "content_type")
    private String contentType = "";

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content = new byte[0];

    @Column(name = "uploaded_at")
    private Instant uploadedAt = Instant.EPOCH;

    @Column(name = "uploaded_by")
    private @Nullable Long uploadedBy;

    protected FollowUpAttachment() {
    }

    FollowUpAttachment(long caseId, String fileName, String contentType, byte[] content, Instant at,
            @Nullable Long by) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("attachment not saved yet");
        }
        return id;
    }

    long caseId() {
        return caseId;
    }

    AttachmentInfo toInfo() {
        return new AttachmentInfo(id(), fileName, contentType, sizeBytes);
    }

    AttachmentFile toFile() {
        return new AttachmentFile(fileName, contentType, content);
    }
}
