package vn.safeschool.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.StatusFilter;

/**
 * What a message says about each unit in a campaign — a school's current declaration, an office's counts — read
 * in bulk (1,000 units a query) so that reminding a whole country stays a handful of queries. Like the rollups, it
 * reads the units and declarations with SQL, always under a jurisdiction pattern.
 */
@Component
class UnitFacts {

    /** A unit and, for a school, its declaration; for an office or department, its schools' counts. */
    record Fact(long id, String code, String name, String path, UnitKind kind, @Nullable String status, int met,
            int total, String missed, boolean late, long institutions, long declared, long notDeclared, long unsafe,
            long atRisk) {

        boolean school() {
            return kind == UnitKind.SCHOOL;
        }

        /** The unit's state as the reminder records it. */
        String snapshot() {
            return !school() ? "OFFICE" : status == null ? "NOT_DECLARED" : status;
        }

        Fact withCounts(long institutions, long declared, long notDeclared, long unsafe, long atRisk) {
            return new Fact(id, code, name, path, kind, status, met, total, missed, late, institutions, declared,
                    notDeclared, unsafe, atRisk);
        }
    }

    private static final Map<StatusFilter, String> CONDITIONS = Map.of(
            StatusFilter.SAFE, "d.status = 'SAFE'",
            StatusFilter.AT_RISK, "d.status = 'AT_RISK'",
            StatusFilter.UNSAFE, "d.status = 'UNSAFE'",
            StatusFilter.NOT_DECLARED, "d.status IS NULL",
            StatusFilter.LATE, "d.late",
            StatusFilter.STALE, "d.submitted_at < :staleBefore");

    private final JdbcClient jdbc;

    UnitFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active units among {@code ids} inside {@code jurisdiction}, in the order asked. */
    Map<Long, Fact> of(long campaignId, String campaignScope, Collection<Long> ids, String jurisdiction) {
        List<Long> all = ids.stream().distinct().toList();
        Map<Long, Fact> found = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            jdbc.sql("""
                    SELECT u.id, u.code, u.name, u.path, u.kind, d.status, d.met_count, d.criteria_count,
                           d.missed_mandatory, d.late
                    FROM org_unit u LEFT JOIN declaration d ON d.unit_id = u.id AND d.campaign_id = :campaignId
                    WHERE u.id IN (:ids) AND u.path LIKE :jurisdiction AND u.active""")
                    .param("campaignId", campaignId).param("ids", chunk).param("jurisdiction", jurisdiction)
                    .query((ResultSet rs) -> {
                        Fact fact = fact(rs);
                        found.put(fact.id(), fact);
                    });
        }
        List<Long> offices = found.values().stream().filter(f -> !f.school()).map(Fact::id).toList();
        if (!offices.isEmpty()) {
            jdbc.sql("""
                    SELECT o.id, COUNT(s.id) AS institutions, COALESCE(SUM(d.status IS NOT NULL), 0) AS declared,
                           COALESCE(SUM(d.status IS NULL), 0) AS not_declared,
                           COALESCE(SUM(d.status = 'UNSAFE'), 0) AS unsafe,
                           COALESCE(SUM(d.status = 'AT_RISK'), 0) AS at_risk
                    FROM org_unit o
                    JOIN org_unit s ON s.path LIKE CONCAT(o.path, '%') AND s.kind = 'SCHOOL' AND s.active
                         AND s.path LIKE :scope
                    LEFT JOIN declaration d ON d.unit_id = s.id AND d.campaign_id = :campaignId
                    WHERE o.id IN (:ids) GROUP BY o.id""")
                    .param("campaignId", campaignId).param("ids", offices).param("scope", campaignScope + "%")
                    .query((ResultSet rs) -> {
                        long id = rs.getLong("id");
                        found.put(id, found.get(id).withCounts(rs.getLong("institutions"), rs.getLong("declared"),
                                rs.getLong("not_declared"), rs.getLong("unsafe"), rs.getLong("at_risk")));
                    });
        }
        return found;
    }

    /**
     * The active schools under {@code under} (a path), in the campaign's scope and the jurisdiction, in any of the
     * states asked for.
     */
    List<Long> schoolsIn(long campaignId, String under, String campaignScope, String jurisdiction,
            Set<StatusFilter> statuses, Instant staleBefore) {
        String matching = statuses.stream().sorted().map(CONDITIONS::get)
                .collect(Collectors.joining(") OR (", "(", ")"));
        return new ArrayList<>(jdbc.sql("""
                SELECT s.id FROM org_unit s
                LEFT JOIN declaration d ON d.unit_id = s.id AND d.campaign_id = :campaignId
                WHERE s.kind = 'SCHOOL' AND s.active AND s.path LIKE :under AND s.path LIKE :scope
                  AND s.path LIKE :jurisdiction AND (%s)
                ORDER BY s.path""".formatted(matching))
                .param("campaignId", campaignId).param("under", under + "%").param("scope", campaignScope + "%")
                .param("jurisdiction", jurisdiction).param("staleBefore", Timestamp.from(staleBefore))
                .query(Long.class).list());
    }

    /** The materialized path of a unit, whatever the jurisdiction (the caller has checked it). */
    String pathOf(long unitId) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = :id").param("id", unitId).query(String.class).single();
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("status"), rs.getInt("met_count"),
                rs.getInt("criteria_count"), rs.getString("missed_mandatory") == null ? ""
                        : rs.getString("missed_mandatory"), rs.getBoolean("late"), 0, 0, 0, 0, 0);
    }
}
