package vn.safeschool.org;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import vn.safeschool.base.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The hierarchy's public face: other features read and add units only through here. */
@Service
@Validated
@Transactional(readOnly = true)
public class OrgService {

    private final OrgUnitRepository units;

    OrgService(OrgUnitRepository units) {
        this.units = units;
    }

    @Transactional
    public OrgUnitInfo create(@Valid NewOrgUnit spec) {
        OrgUnit parent = spec.parentId() == null ? null : units.findById(spec.parentId())
                .orElseThrow(() -> new RuleViolation("org.error.unknown-parent", spec.parentId()));
        if (spec.kind() == UnitKind.SCHOOL && (spec.institutionType() == null || spec.ownership() == null)) {
            throw new RuleViolation("org.error.school-needs-type", spec.code());
        }
        if (units.findByCode(spec.code().strip()).isPresent()) {
            throw new RuleViolation("org.error.duplicate-code", spec.code());
        }
        OrgUnit unit = units.saveAndFlush(new OrgUnit(spec));
        unit.placeUnder(parent);
        return unit.toInfo();
    }

    public Optional<OrgUnitInfo> find(long id) {
        return units.findById(id).map(OrgUnit::toInfo);
    }

    public Optional<OrgUnitInfo> findByCode(String code) {
        return units.findByCode(code).map(OrgUnit::toInfo);
    }

    public List<OrgUnitInfo> children(long parentId) {
        return units.findChildren(parentId).stream().map(OrgUnit::toInfo).toList();
    }

    public List<OrgUnitInfo> roots() {
        return units.findRoots().stream().map(OrgUnit::toInfo).toList();
    }
}
