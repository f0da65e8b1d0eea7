package vn.safeschool.org;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.Inputs;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.base.Roles;

/** The hierarchy's public face: other features read and change units only through here, inside the jurisdiction. */
@Service
@Validated
@Transactional(readOnly = true)
public class OrgService {

    private final OrgUnitRepository units;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final OrgUnitBulkWriter bulk;
    private final OrgVersions versions;
    private final Clock clock;

    OrgService(OrgUnitRepository units, Jurisdiction jurisdiction, ApplicationEventPublisher events,
            OrgUnitBulkWriter bulk, OrgVersions versions, Clock clock) {
        this.units = units;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.bulk = bulk;
        this.versions = versions;
        this.clock = clock;
    }

    /** Adds a unit under a parent inside the jurisdiction; only the application itself may add a root. */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public OrgUnitInfo create(@Valid NewOrgUnit spec) {
        OrgUnit parent = null;
        if (spec.parentId() == null) {
            if (!jurisdiction.homePath().equals("/")) {
                throw new RuleViolation("org.error.unknown-parent", "-");
            }
        } else {
            jurisdiction.find(spec.parentId())
                    .orElseThrow(() -> new RuleViolation("org.error.unknown-parent", spec.parentId()));
            parent = units.findById(spec.parentId()).orElseThrow();
        }
        if (spec.kind() == UnitKind.SCHOOL && (spec.institutionType() == null || spec.ownership() == null)) {
            throw new RuleViolation("org.error.school-needs-type", spec.code());
        }
        if (versions.codeTaken(spec.code().strip())) {
            throw new RuleViolation("org.error.duplicate-code", spec.code());
        }
        OrgUnit unit = units.saveAndFlush(new OrgUnit(spec));
        unit.placeUnder(parent);
        OrgUnitInfo created = unit.toInfo();
        versions.recordNew(created);
        events.publishEvent(AuditEvent.change(AuditAction.UNIT_CREATED, created.id(), "unit:" + created.id(),
                Map.of(), unit.auditValues()));
        return created;
    }

    /** Changes a unit's name, type, ownership, contact or active flag (its place in the tree stays). */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public OrgUnitInfo update(long unitId, @Valid UnitChanges changes) {
        jurisdiction.require(unitId);
        OrgUnit unit = units.findById(unitId).orElseThrow(NotFound::new);
        if (unit.toInfo().isSchool() && (changes.institutionType() == null || changes.ownership() == null)) {
            throw new RuleViolation("org.error.school-needs-type", unit.toInfo().code());
        }
        Map<String, String> before = unit.auditValues();
        OrgUnitInfo was = unit.toInfo();
        unit.apply(changes);
        Map<String, String> after = unit.auditValues();
        OrgUnitInfo is = unit.toInfo();
        if (!was.name().equals(is.name())) {
            versions.correctName(unitId, is.name());
        }
        if (was.active() != is.active()) {
            versions.openOrClose(is, clock.instant());
        }
        if (!before.equals(after)) {
            events.publishEvent(AuditEvent.change(AuditAction.UNIT_UPDATED, unitId, "unit:" + unitId, before, after));
        }
        return unit.toInfo();
    }

    /** The unit if it exists inside the user's jurisdiction; empty otherwise, alike. */
    @PreAuthorize(Roles.IS_USER)
    public Optional<OrgUnitInfo> find(long id) {
        return jurisdiction.find(id);
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<OrgUnitInfo> findByCode(String code) {
        return units.findByCode(code.strip()).map(OrgUnit::toInfo).filter(jurisdiction::covers);
    }

    /** The children of a visible unit. */
    @PreAuthorize(Roles.IS_USER)
    public List<OrgUnitInfo> children(long parentId) {
        jurisdiction.require(parentId);
        return units.findChildren(parentId).stream().map(OrgUnit::toInfo).toList();
    }

    /** The units on the way from the root down to this one, the unit itself last (a breadcrumb). */
    @PreAuthorize(Roles.IS_USER)
    public List<OrgUnitInfo> pathTo(long unitId) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        List<Long> ids = java.util.Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
        Map<Long, OrgUnitInfo> byId = new java.util.HashMap<>();
        units.findAllById(ids).forEach(u -> byId.put(u.id(), u.toInfo()));
        return ids.stream().map(byId::get).filter(u -> u != null && jurisdiction.covers(u)).toList();
    }

    /** The root of the user's jurisdiction: the unit their account belongs to. */
    @PreAuthorize(Roles.IS_USER)
    public OrgUnitInfo home() {
        String path = jurisdiction.homePath();
        return units.findByPath(path).map(OrgUnit::toInfo).orElseThrow(NotFound::new);
    }

    /** Units in the jurisdiction whose name or sector code contains the text, shallow levels first. */
    @PreAuthorize(Roles.IS_USER)
    public List<OrgUnitInfo> search(String text, int offset, int limit) {
        String like = Inputs.containsPattern(text);
        return units.search(jurisdiction.pathPattern(), like,
                org.springframework.data.domain.PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream().map(OrgUnit::toInfo).toList();
    }

    /** The units with these codes that lie inside the user's jurisdiction, by code (one query per 1,000 codes). */
    @PreAuthorize(Roles.IS_USER)
    public Map<String, OrgUnitInfo> findByCodes(Collection<String> codes) {
        Map<String, OrgUnitInfo> found = new HashMap<>();
        List<String> all = codes.stream().map(String::strip).distinct().toList();
        String scope = jurisdiction.pathPattern();
        for (int from = 0; from < all.size(); from += 1_000) {
            units.findByCodeInScope(all.subList(from, Math.min(all.size(), from + 1_000)), scope)
                    .forEach(u -> found.put(u.toInfo().code(), u.toInfo()));
        }
        return found;
    }

    /** The contact e-mail of each of these units that has one and lies inside the jurisdiction, by unit id. */
    @PreAuthorize(Roles.IS_USER)
    public Map<Long, String> contactEmails(Collection<Long> unitIds) {
        Map<Long, String> found = new HashMap<>();
        List<Long> ids = List.copyOf(new HashSet<>(unitIds));
        String scope = jurisdiction.pathPattern();
        for (int from = 0; from < ids.size(); from += 1_000) {
            units.findContactEmails(ids.subList(from, Math.min(ids.size(), from + 1_000)), scope)
                    .forEach(row -> found.put((Long) row[0], (String) row[1]));
        }
        return found;
    }

    /** Which of these codes are taken, inside the jurisdiction or not (codes are unique across all units). */
    @PreAuthorize(Roles.IS_STAFF)
    public Set<String> codesInUse(Collection<String> codes) {
        return bulk.codesEverUsed(codes.stream().map(String::strip).distinct().toList());
    }

    /**
     * Adds and changes many units in one transaction, all or nothing, with batched SQL: what an import commits.
     * Every parent and every updated unit must lie inside the jurisdiction, no new code may be taken, schools need
     * a type and an ownership — as {@link #create} and {@link #update} require one by one. Instead of one
     * {@code UNIT_CREATED}/{@code UNIT_UPDATED} event per unit, one {@code UNITS_IMPORTED} event records the source
     * and the counts (and the codes) for the audit log.
     *
     * @return the new units' ids by code
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public Map<String, Long> importUnits(@Valid UnitImport batch) {
        List<String> newCodes = batch.creates().stream().map(c -> c.code().strip()).toList();
        if (new HashSet<>(newCodes).size() != newCodes.size()) {
            throw new RuleViolation("org.error.duplicate-code", "?");
        }
        for (UnitImport.Create c : batch.creates()) {
            if (c.kind() == UnitKind.SCHOOL && (c.institutionType() == null || c.ownership() == null)) {
                throw new RuleViolation("org.error.school-needs-type", c.code());
            }
            if (c.kind() == UnitKind.DEPARTMENT) {
                throw new RuleViolation("org.error.unknown-parent", c.parentCode());
            }
        }
        Set<String> lookup = new HashSet<>(newCodes);
        batch.creates().forEach(c -> lookup.add(c.parentCode().strip()));
        batch.updates().forEach(u -> lookup.add(u.code().strip()));
        Map<String, OrgUnitBulkWriter.Row> known = bulk.findByCodes(lookup);
        bulk.codesEverUsed(newCodes).stream().findFirst().ifPresent(code -> {
            throw new RuleViolation("org.error.duplicate-code", code);
        });
        for (UnitImport.Update u : batch.updates()) {
            OrgUnitBulkWriter.Row unit = known.get(u.code().strip());
            if (unit == null || !jurisdiction.covers(unit.path())) {
                throw new NotFound();
            }
            if (unit.kind() == UnitKind.SCHOOL && (u.institutionType() == null || u.ownership() == null)) {
                throw new RuleViolation("org.error.school-needs-type", u.code());
            }
        }
        bulk.update(batch.updates(), known);
        versions.correctNames(batch.updates().stream().map(u -> known.get(u.code().strip()).id()).toList());

        // level by level: first the units whose parents exist, then those under them, and so on
        List<UnitImport.Create> pending = batch.creates();
        Map<String, Long> created = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            List<UnitImport.Create> ready = pending.stream()
                    .filter(c -> known.containsKey(c.parentCode().strip())).toList();
            if (ready.isEmpty()) {
                throw new RuleViolation("org.error.unknown-parent", pending.getFirst().parentCode());
            }
            for (UnitImport.Create c : ready) {
                OrgUnitBulkWriter.Row parent = known.get(c.parentCode().strip());
                if (!jurisdiction.covers(parent.path()) || parent.kind() == UnitKind.SCHOOL) {
                    throw new RuleViolation("org.error.unknown-parent", c.parentCode());
                }
            }
            bulk.insert(ready, known);
            bulk.fillPaths();
            Map<String, OrgUnitBulkWriter.Row> added = bulk.findByCodes(ready.stream().map(c -> c.code().strip())
                    .toList());
            known.putAll(added);
            ready.forEach(c -> created.put(c.code().strip(), added.get(c.code().strip()).id()));
            versions.recordNew(ready.stream().map(c -> added.get(c.code().strip()).id()).toList());
            pending = pending.stream().filter(c -> !added.containsKey(c.code().strip())).toList();
        }
        if (!created.isEmpty() || !batch.updates().isEmpty()) {
            Map<String, String> summary = new LinkedHashMap<>();
            summary.put("source", batch.source());
            summary.put("created", String.valueOf(created.size()));
            summary.put("updated", String.valueOf(batch.updates().size()));
            // the audit's target column holds 255 characters: a file name may take all of them
            String target = "import:" + batch.source();
            events.publishEvent(AuditEvent.change(AuditAction.UNITS_IMPORTED, jurisdiction.homeUnitId().orElse(null),
                    target.substring(0, Math.min(target.length(), 255)), Map.of(), summary));
        }
        return created;
    }
}
