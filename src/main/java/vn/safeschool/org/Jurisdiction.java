package vn.safeschool.org;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Requester;

/**
 * The one jurisdiction rule: a user sees and acts on their home unit's subtree (the department's users: the whole
 * province; a district admin: their office and all under it; a principal: their school). It comes in two forms that
 * every service touching unit-bound data uses — never the views:
 * <ul>
 * <li>the query predicate: {@code <unit>.path LIKE :scope} bound to {@link #pathPattern()}, for lists, counts,
 * rollups, searches and exports;</li>
 * <li>the single-record check {@link #require(long)} before any read or write by id, which answers a unit outside
 * the jurisdiction exactly like a missing one.</li>
 * </ul>
 * The jurisdiction is always today's: the schools under the home unit now, whatever moment a view shows. A unit as it
 * was at a past moment is visible to whom it is visible now, and to whoever it held, then, a unit they have now
 * ({@link #findAt}): a commune's admin sees the 2021 district office its schools were under — counting only their
 * schools — and nothing of an office that never held one of them.
 */
@Component
@Transactional(readOnly = true)
public class Jurisdiction {

    private static final String EVERYTHING = "/";

    private final Requester requester;
    private final OrgUnitRepository units;
    private final VersionReads versions;

    Jurisdiction(Requester requester, OrgUnitRepository units, VersionReads versions) {
        this.requester = requester;
        this.units = units;
        this.versions = versions;
    }

    /** For {@code path LIKE ?}: the current user's subtree. */
    public String pathPattern() {
        return homePath() + "%";
    }

    public boolean covers(String unitPath) {
        return unitPath.startsWith(homePath());
    }

    public boolean covers(OrgUnitInfo unit) {
        return covers(unit.path());
    }

    /** A scope (a campaign's, say) that concerns the user: it contains their jurisdiction or lies inside it. */
    public boolean overlaps(String scopePath) {
        String home = homePath();
        return scopePath.startsWith(home) || home.startsWith(scopePath);
    }

    /** The unit, if it exists and the user may see it. */
    public Optional<OrgUnitInfo> find(long unitId) {
        return units.findById(unitId).map(OrgUnit::toInfo).filter(this::covers);
    }

    /** The unit, or {@link NotFound} — whether it does not exist or lies outside the jurisdiction. */
    public OrgUnitInfo require(long unitId) {
        return find(unitId).orElseThrow(NotFound::new);
    }

    /** The unit as it was at the moment, if it existed then and the user may see it as it was (see above). */
    public Optional<OrgUnitInfo> findAt(long unitId, Instant moment) {
        Optional<OrgUnitInfo> then = versions.at(unitId, moment);
        if (then.isEmpty()) {
            return Optional.empty();
        }
        boolean coveredNow = units.findById(unitId).map(u -> covers(u.toInfo())).orElse(false);
        return coveredNow || versions.heldAny(then.get().path(), moment, pathPattern()) ? then : Optional.empty();
    }

    /** {@link #findAt}, or {@link NotFound}. */
    public OrgUnitInfo requireAt(long unitId, Instant moment) {
        return findAt(unitId, moment).orElseThrow(NotFound::new);
    }

    /** Whether the user's jurisdiction is a whole tree (the application, or a root unit such as the department). */
    public boolean isWholeTree() {
        String home = homePath();
        return home.equals(EVERYTHING) || home.indexOf('/', 1) == home.length() - 1;
    }

    /** The unit the current user's jurisdiction is the subtree of; empty for the application itself. */
    public Optional<Long> homeUnitId() {
        return requester.isSystem() ? Optional.empty() : requester.homeUnitId();
    }

    /** The root of the current user's jurisdiction. */
    public String homePath() {
        if (requester.isSystem()) {
            return EVERYTHING;
        }
        long home = requester.homeUnitId().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return units.findById(home).map(u -> u.toInfo().path())
                .orElseThrow(() -> new AccessDeniedException("home unit missing"));
    }
}
