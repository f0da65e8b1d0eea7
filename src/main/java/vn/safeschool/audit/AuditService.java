package vn.safeschool.audit;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Inputs;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.CurrentUser;
import vn.safeschool.security.Role;

/**
 * Reads the audit log, always inside the reader's jurisdiction ({@code unit_path LIKE} {@link
 * Jurisdiction#pathPattern()}). Events that concern no unit (sign-ins, failed sign-ins) belong to no subtree: only a
 * reader whose jurisdiction is a whole tree — the department's staff, the application — sees them, and only when
 * not filtering by unit.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The most entries one read returns. */
    public static final int MAX_LIMIT = 500;

    /**
     * What a unit's history shows to those who do not read the audit log: everything but the sign-ins and the
     * accounts' rows (a new action is shown unless it is about people and added here).
     */
    public static final Set<AuditAction> UNIT_WORK = Set.copyOf(EnumSet.complementOf(EnumSet.of(
            AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_LOCKED,
            AuditAction.ACCOUNT_CREATED, AuditAction.ACCOUNT_UPDATED, AuditAction.ACCOUNT_DISABLED,
            AuditAction.ACCOUNT_ENABLED, AuditAction.ACCOUNT_UNLOCKED, AuditAction.PASSWORD_RESET,
            AuditAction.PASSWORD_CHANGED)));

    private final AuditRecordRepository records;
    private final Jurisdiction jurisdiction;
    private final OrgService org;
    private final CurrentUser currentUser;

    AuditService(AuditRecordRepository records, Jurisdiction jurisdiction, OrgService org, CurrentUser currentUser) {
        this.records = records;
        this.jurisdiction = jurisdiction;
        this.org = org;
        this.currentUser = currentUser;
    }

    /** The events matching the filter, newest first; a unit filter outside the jurisdiction is {@code NotFound}. */
    @PreAuthorize(Roles.IS_STAFF)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return entries(records.find(where(filter), Math.max(0, offset), bounded(limit)));
    }

    @PreAuthorize(Roles.IS_STAFF)
    public long count(AuditFilter filter) {
        return records.count(where(filter));
    }

    /**
     * What happened to a unit and everything under it, newest first; a unit the user may not see is NotFound. The
     * department's staff, who read the whole audit log, see every row; everyone else sees the work done on the
     * units ({@link #UNIT_WORK}) — never who signed in when, nor the account rows with their e-mail addresses and
     * phone numbers.
     */
    @PreAuthorize(Roles.IS_USER)
    public List<AuditEntry> historyOfUnit(long unitId, int limit) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        boolean readsTheAuditLog = currentUser.isSystem() || currentUser.hasRole(Role.DEPARTMENT_STAFF);
        var where = new AuditRecordRepository.Where(jurisdiction.pathPattern(), false, unit.path() + "%", null,
                readsTheAuditLog ? Set.of() : UNIT_WORK, null, null);
        return entries(records.find(where, 0, bounded(limit)));
    }

    private AuditRecordRepository.Where where(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new RuleViolation("audit.error.from-after-to");
        }
        String subtree = filter.unitId() == null ? null : jurisdiction.require(filter.unitId()).path() + "%";
        boolean withoutUnit = subtree == null && isWholeTree(jurisdiction.homePath());
        String username = filter.username() == null || filter.username().isBlank() ? null
                : Inputs.containsPattern(filter.username()).toLowerCase(Locale.ROOT);
        return new AuditRecordRepository.Where(jurisdiction.pathPattern(), withoutUnit, subtree, username,
                filter.actions(), filter.from(), filter.to());
    }

    /** "/" (the application) or a root unit's path such as "/1/". */
    private static boolean isWholeTree(String homePath) {
        return homePath.indexOf('/', 1) == homePath.length() - 1 || homePath.equals("/");
    }

    private static int bounded(int limit) {
        return Math.clamp(limit, 1, MAX_LIMIT);
    }

    private List<AuditEntry> entries(List<AuditRecord> found) {
        Map<Long, Optional<OrgUnitInfo>> units = new HashMap<>();
        return found.stream().map(r -> {
            Optional<OrgUnitInfo> unit = r.unitId() == null ? Optional.empty()
                    : units.computeIfAbsent(r.unitId(), org::find);
            return r.toEntry(unit.map(OrgUnitInfo::code).orElse(null), unit.map(OrgUnitInfo::name).orElse(null));
        }).toList();
    }
}
