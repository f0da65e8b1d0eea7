package vn.safeschool.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.SchoolCount;
import vn.safeschool.org.SchoolSql;
import vn.safeschool.org.Structure;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.StatusFilter;

/**
 * What a message says about each unit in a campaign — a school's current declaration, an office's counts — read
 * in bulk (1,000 units a query) so that reminding a whole country stays a handful of queries. Like the rollups, it
 * reads the units and declarations with SQL, always under a jurisdiction pattern.
 */
@Component
class UnitFacts {

    private final JdbcClient jdbc;
    private final OrgTimeline timeline;

    UnitFacts(JdbcClient jdbc, OrgTimeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /** The campaign's schools now, in today's tree, under a unit (null: all) and inside the user's jurisdiction. */
    private SchoolSql campaignSchools(CampaignInfo campaign, @Nullable Long underUnitId) {
        return timeline.schools(new SchoolCount(underUnitId, campaign.scopeUnitId(), campaign.closedAt(), null,
                Structure.TODAY));
    }

    /**
     * The active units among {@code ids} inside {@code jurisdiction}, in the order asked; an office's counts are of
     * the campaign's schools under it.
     */
    Map<Long, UnitState> of(CampaignInfo campaign, Collection<Long> ids, String jurisdiction) {
        List<Long> all = ids.stream().distinct().toList();
        Map<Long, UnitState> found = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            jdbc.sql("""
                    SELECT u.id, u.code, u.name, u.path, u.kind, d.status, d.met_count, d.criteria_count,
                           d.missed_mandatory, d.late, d.submitted_at
                    FROM org_unit u LEFT JOIN declaration d ON d.unit_id = u.id AND d.campaign_id = :campaignId
                    WHERE u.id IN (:ids) AND u.path LIKE :jurisdiction AND u.active""")
                    .param("campaignId", campaign.id()).param("ids", chunk).param("jurisdiction", jurisdiction)
                    .query((ResultSet rs) -> {
                        UnitState unit = unit(rs);
                        found.put(unit.id(), unit);
                    });
        }
        List<Long> offices = found.values().stream().filter(f -> !f.school()).map(UnitState::id).toList();
        if (!offices.isEmpty()) {
            SchoolSql schools = campaignSchools(campaign, null);
            jdbc.sql("""
                    SELECT o.id, COUNT(s.id) AS institutions, COALESCE(SUM(NOT (%1$s)), 0) AS declared,
                           COALESCE(SUM(%1$s), 0) AS not_declared, COALESCE(SUM(%2$s), 0) AS unsafe,
                           COALESCE(SUM(%3$s), 0) AS at_risk
                    FROM org_unit o
                    JOIN (SELECT s.id, s.path FROM %4$s WHERE %5$s) s ON s.path LIKE CONCAT(o.path, '%%')
                    LEFT JOIN declaration d ON d.unit_id = s.id AND d.campaign_id = :campaignId
                    WHERE o.id IN (:ids) GROUP BY o.id""".formatted(StatusFilter.NOT_DECLARED.condition(),
                    StatusFilter.UNSAFE.condition(), StatusFilter.AT_RISK.condition(), schools.from(),
                    schools.where()))
                    .params(schools.params()).param("campaignId", campaign.id()).param("ids", offices)
                    .query((ResultSet rs) -> {
                        long id = rs.getLong("id");
                        found.put(id, found.get(id).withCounts(rs.getLong("institutions"), rs.getLong("declared"),
                                rs.getLong("not_declared"), rs.getLong("unsafe"), rs.getLong("at_risk")));
                    });
        }
        return found;
    }

    /**
     * The campaign's schools under a unit (null: all of them) inside the user's jurisdiction, in any of the states
     * asked for.
     */
    List<Long> schoolsIn(CampaignInfo campaign, @Nullable Long underUnitId, Set<StatusFilter> statuses,
            Instant staleBefore) {
        String matching = StatusFilter.anyOf(statuses);
        SchoolSql schools = campaignSchools(campaign, underUnitId);
        return new ArrayList<>(jdbc.sql("""
                SELECT s.id FROM %s
                LEFT JOIN declaration d ON d.unit_id = s.id AND d.campaign_id = :campaignId
                WHERE %s AND s.active AND (%s)
                ORDER BY s.path""".formatted(schools.from(), schools.where(), matching))
                .params(schools.params()).param("campaignId", campaign.id())
                .param("staleBefore", Timestamp.from(staleBefore)).query(Long.class).list());
    }

    /** Which of these schools the campaign concerns now. */
    Set<Long> membersAmong(CampaignInfo campaign, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Set.of();
        }
        SchoolSql schools = campaignSchools(campaign, null);
        Set<Long> members = new HashSet<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(schoolIds));
        for (int from = 0; from < all.size(); from += 1_000) {
            members.addAll(jdbc.sql("SELECT s.id FROM %s WHERE %s AND s.id IN (:ids)".formatted(schools.from(),
                    schools.where())).params(schools.params())
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1_000))).query(Long.class).list());
        }
        return members;
    }

    /** The open offices (district offices, communes, wards) that have schools of the campaign right under them. */
    List<Long> officesOf(CampaignInfo campaign) {
        SchoolSql schools = campaignSchools(campaign, null);
        return new ArrayList<>(jdbc.sql("""
                SELECT DISTINCT o.id FROM (SELECT s.parent_id FROM %s WHERE %s AND s.active) s
                JOIN org_unit o ON o.id = s.parent_id
                WHERE o.active AND o.kind IN ('DISTRICT_OFFICE', 'COMMUNE') ORDER BY o.id"""
                .formatted(schools.from(), schools.where())).params(schools.params()).query(Long.class).list());
    }

    private static UnitState unit(ResultSet rs) throws SQLException {
        return new UnitState(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("status"), rs.getInt("met_count"),
                rs.getInt("criteria_count"), rs.getString("missed_mandatory") == null ? ""
                        : rs.getString("missed_mandatory"), rs.getBoolean("late"),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                0, 0, 0, 0, 0);
    }
}
