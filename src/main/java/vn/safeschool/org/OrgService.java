package vn.safeschool.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
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

    OrgService(OrgUnitRepository units, Jurisdiction jurisdiction, ApplicationEventPublisher events) {
        this.units = units;
        this.jurisdiction = jurisdiction;
        this.events = events;
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
        if (units.findByCode(spec.code().strip()).isPresent()) {
            throw new RuleViolation("org.error.duplicate-code", spec.code());
        }
        OrgUnit unit = units.saveAndFlush(new OrgUnit(spec));
        unit.placeUnder(parent);
        OrgUnitInfo created = unit.toInfo();
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
        unit.apply(changes);
        Map<String, String> after = unit.auditValues();
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
        String like = "%" + text.strip() + "%";
        return units.search(jurisdiction.pathPattern(), like,
                org.springframework.data.domain.PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream().map(OrgUnit::toInfo).toList();
    }
}
