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
import vn.safeschool.org.OrgUnitInfo;

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
    private final CampaignService campaigns;
    private final Clock clock;

    RollupService(JdbcClient jdbc, Jurisdiction jurisdiction, OrgService org, CampaignService campaigns,
            Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.org = org;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The unit's own numbers (a school: itself; an office: all institutions under it). */
    @PreAuthorize(Roles.IS_USER)
    public UnitRollup of(RollupFilter filter, long unitId) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        Counts counts = query(RollupSql.total(filter), filter, unit).getOrDefault("all", Counts.NONE);
        return rollup(unit, !unit.isSchool(), counts);
    }

    /**
     * A unit and its children in one pass: the unit's numbers are the sum of its children's buckets (every school
     * under it lies under exactly one child, or is the unit itself), so the grid's root row and its first level
     * cost one scan of the subtree, not two.
     */
    @PreAuthorize(Roles.IS_USER)
    public RollupLevel level(RollupFilter filter, long unitId, Comparator<UnitRollup> sort) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        Map<String, Counts> byChild = query(RollupSql.perChild(filter), filter, unit);
        Counts total = byChild.values().stream().reduce(Counts.NONE, Counts::plus);
        return new RollupLevel(rollup(unit, !unit.isSchool(), total), childrenOf(filter, unit, byChild, sort));
    }

    /**
     * The children of a unit with their numbers; with a status filter, only those with matching institutions.
     * Sorted by {@code sort} within the level.
     */
    @PreAuthorize(Roles.IS_USER)
    public List<UnitRollup> children(RollupFilter filter, long parentId, Comparator<UnitRollup> sort) {
        OrgUnitInfo parent = jurisdiction.require(parentId);
        return childrenOf(filter, parent, query(RollupSql.perChild(filter), filter, parent), sort);
    }

    private List<UnitRollup> childrenOf(RollupFilter filter, OrgUnitInfo parent, Map<String, Counts> byChild,
            Comparator<UnitRollup> sort) {
        if (parent.isSchool()) {
            return List.of();
        }
        List<OrgUnitInfo> children = org.children(parent.id());
        Set<Long> withChildren = parentsAmong(children);
        return children.stream().filter(OrgUnitInfo::active)
                .map(c -> rollup(c, withChildren.contains(c.id()), byChild.getOrDefault(c.path(), Counts.NONE)))
                .filter(r -> r.institutions() > 0 || filter.statuses().isEmpty() && !r.unit().isSchool())
                .filter(r -> filter.statuses().isEmpty() || r.matching() > 0)
                .sorted(sort).toList();
    }

    private Set<Long> parentsAmong(List<OrgUnitInfo> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT parent_id FROM org_unit WHERE parent_id IN (:ids)")
                .param("ids", units.stream().map(OrgUnitInfo::id).toList()).query(Long.class).list());
    }

    private Map<String, Counts> query(String sql, RollupFilter filter, OrgUnitInfo under) {
        CampaignInfo campaign = campaigns.find(filter.campaignId()).orElseThrow(NotFound::new);
        Instant reference = filter.asOf() == null ? clock.instant() : filter.asOf();
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("campaignId", campaign.id())
                .param("under", under.path() + "%")
                .param("childStart", under.path().length() + 1)
                .param("scope", scopePath(campaign) + "%")
                .param("jurisdiction", jurisdiction.pathPattern())
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

    private String scopePath(CampaignInfo campaign) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = :id").param("id", campaign.scopeUnitId())
                .query(String.class).single();
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
