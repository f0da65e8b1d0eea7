package vn.safeschool.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.SchoolCount;
import vn.safeschool.org.SchoolSql;
import vn.safeschool.org.Structure;

/**
 * Live oversight numbers, computed from the declarations on every call: no batch, no cache a new declaration could
 * leave behind. One level of the hierarchy at a time, each row aggregated in the database.
 */
@Service
@Transactional(readOnly = true)
public class RollupService {

    private record Counts(long institutions, long safe, long atRisk, long unsafe, long notDeclared, long late,
            long stale, long matching, @Nullable Instant lastDeclaredAt) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, null);

        Counts plus(Counts other) {
            Instant last = lastDeclaredAt == null ? other.lastDeclaredAt
                    : other.lastDeclaredAt == null || lastDeclaredAt.isAfter(other.lastDeclaredAt) ? lastDeclaredAt
                            : other.lastDeclaredAt;
            return new Counts(institutions + other.institutions, safe + other.safe, atRisk + other.atRisk,
                    unsafe + other.unsafe, notDeclared + other.notDeclared, late + other.late, stale + other.stale,
                    matching + other.matching, last);
        }
    }

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final OrgService org;
    private final OrgTimeline timeline;
    private final CampaignService campaigns;
    private final Clock clock;

    RollupService(JdbcClient jdbc, Jurisdiction jurisdiction, OrgService org, OrgTimeline timeline,
            CampaignService campaigns, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.org = org;
        this.timeline = timeline;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * Where the view starts: the user's home unit — or, for a past moment in its own tree, the unit of that moment
     * that held the schools the user has today (see {@link OrgTimeline#homeAt}).
     */
    @PreAuthorize(Roles.IS_USER)
    public OrgUnitInfo root(RollupFilter filter) {
        CampaignInfo campaign = campaign(filter);
        return timeline.homeAt(count(filter, campaign, null), org.home());
    }

    /** The unit's own numbers (a school: itself; an office: all institutions under it). */
    @PreAuthorize(Roles.IS_USER)
    public UnitRollup of(RollupFilter filter, long unitId) {
        View view = view(filter);
        OrgUnitInfo unit = unit(view, unitId);
        Counts counts = query(view, schools(view, unit), false).getOrDefault("all", Counts.NONE);
        return rollup(unit, !unit.isSchool(), counts);
    }

    /**
     * A unit and its children in one pass: the unit's numbers are the sum of its children's buckets (every school
     * under it lies under exactly one child, or is the unit itself), so the grid's root row and its first level
     * cost one scan of the subtree, not two.
     */
    @PreAuthorize(Roles.IS_USER)
    public RollupLevel level(RollupFilter filter, long unitId, Comparator<UnitRollup> sort) {
        View view = view(filter);
        OrgUnitInfo unit = unit(view, unitId);
        SchoolSql schools = schools(view, unit);
        Map<String, Counts> byChild = query(view, schools, true);
        Counts total = byChild.values().stream().reduce(Counts.NONE, Counts::plus);
        return new RollupLevel(rollup(unit, !unit.isSchool(), total),
                childrenOf(view, unit, schools, byChild, sort));
    }

    /**
     * The children of a unit with their numbers; with a status filter, only those with matching institutions.
     * Sorted by {@code sort} within the level.
     */
    @PreAuthorize(Roles.IS_USER)
    public List<UnitRollup> children(RollupFilter filter, long parentId, Comparator<UnitRollup> sort) {
        View view = view(filter);
        OrgUnitInfo parent = unit(view, parentId);
        SchoolSql schools = schools(view, parent);
        return childrenOf(view, parent, schools, query(view, schools, true), sort);
    }

    /**
     * How the filter reads the hierarchy: in the tree of its moment when it asks for that and the tree has changed
     * since; otherwise today's. In today's tree, units closed since (a school merged into another) still carry the
     * schools counted at another moment.
     */
    private record View(RollupFilter filter, CampaignInfo campaign, boolean asItWas) {
    }

    private View view(RollupFilter filter) {
        CampaignInfo campaign = campaign(filter);
        boolean asItWas = filter.asOf() != null && filter.structure() == Structure.AS_IT_WAS
                && timeline.changedAfter(filter.asOf());
        return new View(filter, campaign, asItWas);
    }

    /** The unit as the view shows it: as it was at the view's moment, or as it is. */
    private OrgUnitInfo unit(View view, long unitId) {
        Instant at = view.filter().asOf();
        return view.asItWas() && at != null ? jurisdiction.requireAt(unitId, at) : jurisdiction.require(unitId);
    }

    private CampaignInfo campaign(RollupFilter filter) {
        return campaigns.find(filter.campaignId()).orElseThrow(NotFound::new);
    }

    private static SchoolCount count(RollupFilter filter, CampaignInfo campaign, @Nullable Long unitId) {
        return new SchoolCount(unitId, campaign.scopeUnitId(), campaign.closedAt(), filter.asOf(),
                filter.structure());
    }

    private SchoolSql schools(View view, OrgUnitInfo under) {
        return timeline.schools(count(view.filter(), view.campaign(), under.id()));
    }

    private List<UnitRollup> childrenOf(View view, OrgUnitInfo parent, SchoolSql schools, Map<String, Counts> byChild,
            Comparator<UnitRollup> sort) {
        RollupFilter filter = view.filter();
        Instant at = filter.asOf();
        List<OrgUnitInfo> children = view.asItWas() && at != null ? timeline.childrenAt(parent.id(), at)
                : org.children(parent.id());
        if (parent.isSchool() && children.isEmpty()) {
            return List.of();
        }
        Set<Long> withChildren = view.asItWas() && at != null
                ? timeline.parentsAt(children.stream().map(OrgUnitInfo::id).toList(), at)
                : parentsAmong(children, !schools.countsClosed());
        boolean wholeTree = jurisdiction.isWholeTree();
        return children.stream()
                .map(c -> rollup(c, withChildren.contains(c.id()), byChild.getOrDefault(c.path(), Counts.NONE)))
                .filter(r -> r.institutions() > 0 || r.unit().active() && filter.statuses().isEmpty()
                        && !r.unit().isSchool() && (!view.asItWas() || wholeTree
                                && jurisdiction.findAt(r.unit().id(), java.util.Objects.requireNonNull(at))
                                        .isPresent()))
                .filter(r -> filter.statuses().isEmpty() || r.matching() > 0)
                .sorted(sort).toList();
    }

    /** Which of the units have children: open ones only, unless closed units can carry counts in this view. */
    private Set<Long> parentsAmong(List<OrgUnitInfo> units, boolean openOnly) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT parent_id FROM org_unit WHERE parent_id IN (:ids)"
                + (openOnly ? " AND active" : ""))
                .param("ids", units.stream().map(OrgUnitInfo::id).toList()).query(Long.class).list());
    }

    private Map<String, Counts> query(View view, SchoolSql schools, boolean perChild) {
        RollupFilter filter = view.filter();
        CampaignInfo campaign = view.campaign();
        String sql = perChild ? RollupSql.perChild(filter, schools) : RollupSql.total(filter, schools);
        Instant reference = filter.asOf() == null ? clock.instant() : filter.asOf();
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(schools.params())
                .param("campaignId", campaign.id())
                .param("staleBefore", Timestamp.from(reference.minus(Duration.ofDays(campaign.freshnessDays()))));
        if (filter.asOf() != null) {
            statement = statement.param("asOf", Timestamp.from(filter.asOf()));
        }
        if (!filter.types().isEmpty()) {
            statement = statement.param("types", filter.types().stream().map(Enum::name).toList());
        }
        if (!filter.ownerships().isEmpty()) {
            statement = statement.param("ownerships", filter.ownerships().stream().map(Enum::name).toList());
        }
        Map<String, Counts> result = new HashMap<>();
        statement.query((ResultSet rs) -> {
            result.put(rs.getString("bucket"), counts(rs));
        });
        return result;
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_declared_at");
        return new Counts(rs.getLong("institutions"), rs.getLong("safe"), rs.getLong("at_risk"),
                rs.getLong("unsafe"), rs.getLong("not_declared"), rs.getLong("late"), rs.getLong("stale"),
                rs.getLong("matching"), last == null ? null : last.toInstant());
    }

    private static UnitRollup rollup(OrgUnitInfo unit, boolean hasChildren, Counts c) {
        return new UnitRollup(unit, hasChildren, c.institutions(), c.safe(), c.atRisk(), c.unsafe(), c.notDeclared(),
                c.late(), c.stale(), c.matching(), c.lastDeclaredAt());
    }
}
