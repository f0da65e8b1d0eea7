package vn.safeschool.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;

/**
 * Checklist versions are data: a version a campaign uses is never edited (the statuses already computed from it
 * would change under the schools); a new version is made by copying one.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ChecklistService {

    /** The Ministry's 15-criterion checklist with the rule of letter 1467, shipped by the database migrations. */
    public static final String MINISTRY_CHECKLIST = "MOET-2020";

    private final ChecklistVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final List<ChecklistUsage> usages;

    ChecklistService(ChecklistVersionRepository versions, ApplicationEventPublisher events,
            List<ChecklistUsage> usages) {
        this.versions = versions;
        this.events = events;
        this.usages = usages;
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<ChecklistVersionInfo> find(long id) {
        return versions.findWithCriteriaById(id).map(ChecklistVersion::toInfo);
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<ChecklistVersionInfo> find(String code, int versionNo) {
        return versions.findWithCriteriaByCodeAndVersionNo(code, versionNo).map(ChecklistVersion::toInfo);
    }

    /** Every version, by code and version number. */
    @PreAuthorize(Roles.IS_USER)
    public List<ChecklistVersionInfo> list() {
        return versions.findAllWithCriteria().stream().map(ChecklistVersion::toInfo).toList();
    }

    /** Whether a campaign (or anything else that uses versions) uses it: then it cannot be edited, only copied. */
    @PreAuthorize(Roles.IS_USER)
    public boolean inUse(long id) {
        return usages.stream().anyMatch(usage -> usage.uses(id));
    }

    /**
     * A new version with the source's criteria and thresholds: the next version number of {@code newCode}, or of
     * the source's own code when none is given.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ChecklistVersionInfo copy(long sourceId, @Nullable String newCode) {
        ChecklistVersion source = versions.findWithCriteriaById(sourceId).orElseThrow(NotFound::new);
        String code = newCode == null || newCode.isBlank() ? source.code() : newCode.strip();
        if (code.length() > 64) {
            throw new RuleViolation("checklist.error.code-too-long");
        }
        ChecklistVersion copy = versions.saveAndFlush(new ChecklistVersion(source, code,
                versions.maxVersionNo(code) + 1));
        ChecklistVersionInfo info = copy.toInfo();
        events.publishEvent(AuditEvent.change(AuditAction.CHECKLIST_COPIED, null, "checklist:" + info.id(),
                Map.of("from", "checklist:" + sourceId), Map.of("code", code, "versionNo",
                        String.valueOf(info.versionNo()))));
        return info;
    }

    /** Refused for a version in use, for thresholds that do not make a rule, and for a stale version. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ChecklistVersionInfo update(long id, @Valid ChecklistEdit edit) {
        ChecklistVersion version = versions.findWithCriteriaById(id).orElseThrow(NotFound::new);
        if (version.version() != edit.version()) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        if (inUse(id)) {
            throw new RuleViolation("checklist.error.in-use");
        }
        validate(edit);
        ChecklistVersionInfo before = version.toInfo();
        version.apply(edit);
        ChecklistVersionInfo after = versions.saveAndFlush(version).toInfo();
        events.publishEvent(AuditEvent.change(AuditAction.CHECKLIST_UPDATED, null, "checklist:" + id,
                describe(before), describe(after)));
        return after;
    }

    private static void validate(ChecklistEdit edit) {
        if (edit.criteria().isEmpty()) {
            throw new RuleViolation("checklist.error.no-criteria");
        }
        Set<Integer> numbers = new HashSet<>();
        for (ChecklistEdit.Item item : edit.criteria()) {
            if (item.number() < 1 || !numbers.add(item.number())) {
                throw new RuleViolation("checklist.error.criterion-number", item.number());
            }
        }
        if (edit.unsafeMaxMet() < 0 || edit.unsafeMaxMet() >= edit.safeMinMet()) {
            throw new RuleViolation("checklist.error.thresholds", edit.unsafeMaxMet(), edit.safeMinMet());
        }
        if (edit.safeMinMet() > numbers.size()) {
            throw new RuleViolation("checklist.error.safe-min-too-high", edit.safeMinMet(), numbers.size());
        }
        if (edit.criteria().stream().noneMatch(ChecklistEdit.Item::mandatory)) {
            throw new RuleViolation("checklist.error.no-mandatory");
        }
    }

    private static Map<String, String> describe(ChecklistVersionInfo v) {
        return Map.of("title", v.titleVi(), "safeMinMet", String.valueOf(v.rule().safeMinMet()), "unsafeMaxMet",
                String.valueOf(v.rule().unsafeMaxMet()), "mandatory", v.rule().mandatory().stream().sorted()
                        .map(String::valueOf).toList().toString(), "criteria",
                String.valueOf(v.criteria().size()));
    }
}
