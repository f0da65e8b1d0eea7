package vn.safeschool.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "checklist_version")
@NamedEntityGraph(name = ChecklistVersion.WITH_CRITERIA, attributeNodes = @NamedAttributeNode("criteria"))
class ChecklistVersion {

    /**
     * Named, so that Spring Data finds the graph by name: an unnamed {@code @EntityGraph} is first looked up under
     * the method's name, and the exception that lookup throws cost every declaration save a deep stack trace.
     */
    static final String WITH_CRITERIA = "ChecklistVersion.withCriteria";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code = "";

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "title_vi")
    private String titleVi = "";

    @Column(name = "title_en")
    private String titleEn = "";

    @Column(name = "safe_min_met")
    private int safeMinMet;

    @Column(name = "unsafe_max_met")
    private int unsafeMaxMet;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "checklist_version_id", nullable = false)
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected ChecklistVersion() {
    }

    /** A copy of {@code source} with its criteria and thresholds, as version {@code versionNo} of {@code code}. */
    ChecklistVersion(ChecklistVersion source, String code, int versionNo) {
        this.code = code;
        this.versionNo = versionNo;
        this.titleVi = source.titleVi;
        this.titleEn = source.titleEn;
        this.safeMinMet = source.safeMinMet;
        this.unsafeMaxMet = source.unsafeMaxMet;
        source.criteria.forEach(c -> criteria.add(c.copy()));
    }

    long version() {
        return version;
    }

    String code() {
        return code;
    }

    /** Criteria are matched by number: a kept number is updated in place, a missing one removed, a new one added. */
    void apply(ChecklistEdit edit) {
        this.titleVi = edit.titleVi().strip();
        this.titleEn = edit.titleEn().strip();
        this.safeMinMet = edit.safeMinMet();
        this.unsafeMaxMet = edit.unsafeMaxMet();
        java.util.Map<Integer, ChecklistEdit.Item> wanted = new java.util.HashMap<>();
        edit.criteria().forEach(item -> wanted.put(item.number(), item));
        criteria.removeIf(c -> !wanted.containsKey(c.number()));
        for (Criterion c : criteria) {
            c.apply(wanted.remove(c.number()));
        }
        wanted.values().forEach(item -> criteria.add(new Criterion(item)));
    }

    StatusRule rule() {
        return new StatusRule(safeMinMet, unsafeMaxMet,
                criteria.stream().filter(Criterion::mandatory).map(Criterion::number).collect(Collectors.toSet()),
                criteria.stream().map(Criterion::number).collect(Collectors.toSet()));
    }

    ChecklistVersionInfo toInfo() {
        return new ChecklistVersionInfo(id == null ? 0 : id, code, versionNo, titleVi, titleEn, rule(),
                criteria.stream().sorted(Comparator.comparing(Criterion::phase).thenComparing(Criterion::position))
                        .map(Criterion::toInfo).toList(), version);
    }
}
