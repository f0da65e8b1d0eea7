package vn.safeschool.org;

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

@Entity
@Table(name = "org_unit")
class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    private String path = "";
    private int depth;
    private String code = "";
    private String name = "";

    @Column(name = "short_name")
    private @Nullable String shortName;

    @Enumerated(EnumType.STRING)
    private UnitKind kind = UnitKind.SCHOOL;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type")
    private @Nullable InstitutionType institutionType;

    @Enumerated(EnumType.STRING)
    private @Nullable Ownership ownership;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    private boolean active = true;

    @Version
    private long version;

    protected OrgUnit() {
    }

    OrgUnit(NewOrgUnit spec) {
        this.parentId = spec.parentId();
        this.code = spec.code().strip();
        this.name = spec.name().strip();
        this.shortName = spec.shortName();
        this.kind = spec.kind();
        this.institutionType = spec.institutionType();
        this.ownership = spec.ownership();
        this.contactEmail = spec.contactEmail();
    }

    /** Called once the id is known: the path ends with the unit's own id. */
    void placeUnder(@Nullable OrgUnit parent) {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    void apply(UnitChanges changes) {
        this.name = changes.name().strip();
        this.shortName = changes.shortName() == null || changes.shortName().isBlank() ? null
                : changes.shortName().strip();
        this.institutionType = changes.institutionType();
        this.ownership = changes.ownership();
        this.contactEmail = changes.contactEmail() == null || changes.contactEmail().isBlank() ? null
                : changes.contactEmail().strip();
        this.active = changes.active();
    }

    /** The unit's facts as the audit log shows them before and after a change. */
    Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("name", name);
        values.put("shortName", shortName == null ? "" : shortName);
        values.put("kind", kind.name());
        values.put("institutionType", institutionType == null ? "" : institutionType.name());
        values.put("ownership", ownership == null ? "" : ownership.name());
        values.put("contactEmail", contactEmail == null ? "" : contactEmail);
        values.put("active", String.valueOf(active));
        return values;
    }

    OrgUnitInfo toInfo() {
        return new OrgUnitInfo(id(), parentId, path, depth, code, name, shortName, kind, institutionType,
                ownership, active);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("unit not saved yet");
        }
        return id;
    }
}
