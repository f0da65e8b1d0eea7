package vn.safeschool.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Roles;

/**
 * The hierarchy through time: the tree of any moment, and which schools a view counts. Views of now read
 * {@code org_unit} alone, as before there was any history; only a moment with a reorganisation after it reads the
 * versions — so that nothing is slower until the structure has changed, and a past moment reads as it was after.
 */
@Service
@Transactional(readOnly = true)
public class OrgTimeline {

    /** A path no unit has: a scope that did not exist at the moment concerns no school. */
    private static final String NOWHERE = "-";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final VersionReads versions;
    private final Clock clock;

    OrgTimeline(JdbcClient jdbc, Jurisdiction jurisdiction, VersionReads versions, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.versions = versions;
        this.clock = clock;
    }

    /** Whether any unit was moved, merged, renamed, opened or closed after the moment. */
    @PreAuthorize(Roles.IS_USER)
    public boolean changedAfter(Instant moment) {
        return versions.changedAfter(moment);
    }

    /**
     * The schools a view counts, as SQL. A school counts if it is in the jurisdiction today, and lay under the
     * scope unit at the membership moment: the moment shown, but no later than the scope's closing (a closed
     * campaign keeps the schools it had) or the scope unit's own dissolution (its schools moved on without it).
     */
    @PreAuthorize(Roles.IS_USER)
    public SchoolSql schools(SchoolCount count) {
        Instant shown = count.at() == null ? clock.instant() : count.at();
        Instant member = membershipMoment(count.scopeUnitId(), count.scopeClosedAt(), shown);
        Map<String, Object> params = new HashMap<>();
        params.put("orgJurisdiction", jurisdiction.pathPattern());
        boolean asItWas = count.structure() == Structure.AS_IT_WAS && changedAfter(shown);
        if (asItWas) {
            String under = count.underUnitId() == null ? "/" : versions.pathAt(count.underUnitId(), shown).orElse(NOWHERE);
            params.put("orgAt", Timestamp.from(shown));
            params.put("orgUnder", under + "%");
            String from = "org_unit_version p JOIN org_unit s ON s.id = p.unit_id";
            String where = "p.kind = 'SCHOOL' AND p.valid_from <= :orgAt AND p.valid_to > :orgAt"
                    + " AND p.path LIKE :orgUnder AND s.path LIKE :orgJurisdiction";
            if (member.equals(shown)) {
                params.put("orgScope", versions.pathAt(count.scopeUnitId(), shown).orElse(NOWHERE) + "%");
                where += " AND p.active AND p.path LIKE :orgScope";
            } else {
                from += " " + memberJoin();
                params.put("orgMember", Timestamp.from(member));
                params.put("orgScope", versions.pathAt(count.scopeUnitId(), member).orElse(NOWHERE) + "%");
            }
            return new SchoolSql(from, where, "p", under, true, params);
        }
        String under = count.underUnitId() == null ? "/" : versions.currentPath(count.underUnitId()).orElse(NOWHERE);
        params.put("orgUnder", under + "%");
        if (!changedAfter(member)) {
            params.put("orgScope", versions.currentPath(count.scopeUnitId()).orElse(NOWHERE) + "%");
            return new SchoolSql("org_unit s", "s.kind = 'SCHOOL' AND s.active AND s.path LIKE :orgUnder"
                    + " AND s.path LIKE :orgScope AND s.path LIKE :orgJurisdiction", "s", under, false, params);
        }
        // today's tree, members of another moment: closed schools count too, placed under their successors
        params.put("orgMember", Timestamp.from(member));
        params.put("orgScope", versions.pathAt(count.scopeUnitId(), member).orElse(NOWHERE) + "%");
        return new SchoolSql("org_unit s " + memberJoin(), "s.kind = 'SCHOOL' AND s.path LIKE :orgUnder"
                + " AND s.path LIKE :orgJurisdiction", "s", under, true, params);
    }

    private static String memberJoin() {
        return "JOIN org_unit_version m ON m.unit_id = s.id AND m.valid_from <= :orgMember AND m.valid_to > :orgMember"
                + " AND m.active AND m.path LIKE :orgScope";
    }

    /**
     * When a scope's membership is read: the moment itself, or the scope's closing, or just before the scope unit
     * itself was closed, whichever came first.
     */
    Instant membershipMoment(long scopeUnitId, @Nullable Instant closedAt, Instant moment) {
        Instant member = closedAt != null && closedAt.isBefore(moment) ? closedAt : moment;
        Optional<Instant> dissolved = closedSince(scopeUnitId);
        if (dissolved.isPresent() && !dissolved.get().isAfter(member)) {
            member = dissolved.get().minusNanos(1_000);
        }
        return member;
    }

    /**
     * Whether a campaign's scope concerns the user: it contains their jurisdiction or lies inside it today, or — once
     * its membership is fixed in the past (the campaign closed, or the scope unit dissolved) — it held then a unit
     * that is theirs now: a merged department's campaign concerns the commune that has its schools today.
     */
    @PreAuthorize(Roles.IS_USER)
    public boolean concerns(long scopeUnitId, @Nullable Instant closedAt) {
        Optional<String> scope = versions.currentPath(scopeUnitId);
        if (scope.isEmpty()) {
            return false;
        }
        if (jurisdiction.overlaps(scope.get())) {
            return true;
        }
        Instant member = membershipMoment(scopeUnitId, closedAt, clock.instant());
        return changedAfter(member) && versions.pathAt(scopeUnitId, member)
                .map(then -> versions.heldAny(then, member, jurisdiction.pathPattern())).orElse(false);
    }

    /** Whether the unit lay under the scope unit (or was it) at the moment: a campaign's check for one school. */
    @PreAuthorize(Roles.IS_USER)
    public boolean isMember(long unitId, long scopeUnitId, @Nullable Instant closedAt) {
        if (jurisdiction.find(unitId).isEmpty()) {
            return false;
        }
        Instant member = membershipMoment(scopeUnitId, closedAt, clock.instant());
        if (!changedAfter(member)) {
            Optional<String> path = versions.currentPath(unitId);
            return path.isPresent() && path.get().contains("/" + scopeUnitId + "/") && isOpen(unitId);
        }
        Optional<String> scope = versions.pathAt(scopeUnitId, member);
        return scope.isPresent() && !jdbc.sql("""
                SELECT 1 FROM org_unit_version v
                WHERE v.unit_id = :id AND v.active AND %s AND v.path LIKE :scope""".formatted(VersionReads.AT))
                .param("id", unitId).param("orgAt", Timestamp.from(member)).param("scope", scope.get() + "%")
                .query(Integer.class).list().isEmpty();
    }

    private boolean isOpen(long unitId) {
        return jdbc.sql("SELECT active FROM org_unit WHERE id = :id").param("id", unitId).query(Boolean.class)
                .optional().orElse(false);
    }

    /** The children a unit had at the moment that the user may see, as they were then. */
    @PreAuthorize(Roles.IS_USER)
    public List<OrgUnitInfo> childrenAt(long parentId, Instant moment) {
        jurisdiction.requireAt(parentId, moment);
        // a unit seen as it was shows only the children that held schools of the jurisdiction, never their siblings
        return versions.childrenAt(parentId, moment, jurisdiction.pathPattern());
    }

    /** Which of these units (those the user may see) had open children at the moment. */
    @PreAuthorize(Roles.IS_USER)
    public Set<Long> parentsAt(Collection<Long> unitIds, Instant moment) {
        return versions.parentsAt(unitIds, moment, jurisdiction.pathPattern());
    }

    /**
     * Where a view of a past moment starts: the viewer's home unit as it was then, if it held every school the
     * view counts; otherwise the lowest unit of that moment that did (a commune's admin looking at 2021 starts at the
     * district office their schools were under). For a view in today's tree: the home unit.
     */
    @PreAuthorize(Roles.IS_USER)
    public OrgUnitInfo homeAt(SchoolCount count, OrgUnitInfo home) {
        if (count.at() == null || count.structure() != Structure.AS_IT_WAS || !changedAfter(count.at())) {
            return home;
        }
        SchoolSql all = schools(new SchoolCount(null, count.scopeUnitId(), count.scopeClosedAt(), count.at(),
                Structure.AS_IT_WAS));
        String[] span = jdbc.sql("SELECT MIN(p.path) AS lo, MAX(p.path) AS hi FROM " + all.from() + " WHERE "
                + all.where()).params(all.params())
                .query((rs, n) -> new String[] {rs.getString("lo"), rs.getString("hi")}).single();
        Optional<OrgUnitInfo> homeThen = jurisdiction.findAt(home.id(), count.at());
        if (span[0] == null) {
            return homeThen.orElse(home);
        }
        String common = commonPath(span[0], span[1]);
        if (homeThen.isPresent() && common.startsWith(homeThen.get().path())) {
            return homeThen.get();
        }
        return versions.atPath(common, count.at()).orElse(homeThen.orElse(home));
    }

    /**
     * The unit's lineage for its page: its periods, where it came from and what it went into. The unit must be in
     * the jurisdiction today; the other units are named as they were at the moment concerned, each only if the
     * viewer may see it as it was then ({@link Jurisdiction#findAt}), and linked only if they may open it now.
     */
    @PreAuthorize(Roles.IS_USER)
    public UnitLineage lineage(long unitId) {
        jurisdiction.require(unitId);
        Instant now = clock.instant();
        List<UnitLineage.Period> periods = versions.periods(unitId).stream().map(p -> {
            // the parent as it was while the unit still sat under it
            Instant during = p.current() || p.to().isAfter(now) ? now : p.to().minusNanos(1_000);
            return new UnitLineage.Period(p.sinceRecorded() ? null : p.from(), p.current() ? null : p.to(),
                    p.parentId() == null ? null : ref(p.parentId(), during), p.code(), p.name(), p.active(),
                    p.eventId());
        }).toList();
        // a predecessor as it was just before it was dissolved, a successor as it was when it took over
        return new UnitLineage(periods, links(versions.lineage(unitId, true), true),
                links(versions.lineage(unitId, false), false));
    }

    private List<UnitLineage.Link> links(List<VersionReads.LinkRow> rows, boolean predecessors) {
        return rows.stream().flatMap(l -> Stream.ofNullable(
                ref(l.otherId(), predecessors ? l.at().minusNanos(1_000) : l.at())).map(
                        unit -> new UnitLineage.Link(unit, l.kind(), l.principal(), l.at(), l.eventId())))
                .toList();
    }

    private UnitLineage.@Nullable Ref ref(long unitId, Instant moment) {
        return jurisdiction.findAt(unitId, moment).map(u -> new UnitLineage.Ref(u.id(), u.code(), u.name(),
                jurisdiction.find(unitId).isPresent())).orElse(null);
    }

    /** The longest path both paths lie under ("/1/5/12/" and "/1/5/130/": "/1/5/"). */
    static String commonPath(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String prefix = a.substring(0, i);
        return i == a.length() && i == b.length() ? prefix : prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }

    /** Since when the unit has been closed; empty while it is open. */
    Optional<Instant> closedSince(long unitId) {
        return jdbc.sql("SELECT valid_from FROM org_unit_version WHERE unit_id = :id AND NOT active AND valid_to = '"
                + OrgVersions.END + "'").param("id", unitId).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

}
