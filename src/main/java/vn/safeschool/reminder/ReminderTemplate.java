package vn.safeschool.reminder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "reminder_template")
class ReminderTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code = "";
    private String kind = "UNIT";
    @Column(name = "name_vi")
    private String nameVi = "";
    @Column(name = "name_en")
    private String nameEn = "";
    @Column(name = "subject_vi")
    private String subjectVi = "";
    @Column(name = "body_vi")
    private String bodyVi = "";
    @Column(name = "subject_en")
    private String subjectEn = "";
    @Column(name = "body_en")
    private String bodyEn = "";
    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;
    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    @Version
    private long version;

    protected ReminderTemplate() {
    }

    boolean digest() {
        return "DIGEST".equals(kind);
    }

    long version() {
        return version;
    }

    void apply(TemplateChanges changes, Instant at, String by) {
        nameVi = changes.nameVi().strip();
        nameEn = changes.nameEn().strip();
        subjectVi = changes.subjectVi().strip();
        bodyVi = changes.bodyVi().strip();
        subjectEn = changes.subjectEn().strip();
        bodyEn = changes.bodyEn().strip();
        updatedAt = at;
        updatedBy = by;
    }

    Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nameVi", nameVi);
        values.put("nameEn", nameEn);
        values.put("subjectVi", subjectVi);
        values.put("bodyVi", bodyVi);
        values.put("subjectEn", subjectEn);
        values.put("bodyEn", bodyEn);
        return values;
    }

    TemplateInfo toInfo() {
        return new TemplateInfo(id == null ? 0 : id, code, digest(), nameVi, nameEn, subjectVi, bodyVi, subjectEn,
                bodyEn, updatedAt, updatedBy, version);
    }
}
