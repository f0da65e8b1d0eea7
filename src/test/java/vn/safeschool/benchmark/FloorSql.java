package vn.safeschool.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The floor: a hand-written GROUP BY over the same tables on the same server — each child joined to the schools
 * under it by path prefix — with nothing of the application around it.
 */
final class FloorSql {

    private static final String NOW = """
            SELECT c.id, COUNT(s.id), SUM(d.status = 'SAFE'), SUM(d.status = 'AT_RISK'), SUM(d.status = 'UNSAFE'),
                   SUM(d.id IS NULL)
            FROM org_unit c
            JOIN org_unit s ON s.path LIKE CONCAT(c.path, '%') AND s.kind = 'SCHOOL'
            LEFT JOIN declaration d ON d.unit_id = s.id AND d.campaign_id = :campaign
            WHERE c.parent_id = :parent
            GROUP BY c.id""";

    private static final String AS_OF = """
            SELECT c.id, COUNT(s.id), SUM(h.status = 'SAFE'), SUM(h.status = 'AT_RISK'), SUM(h.status = 'UNSAFE'),
                   SUM(h.unit_id IS NULL)
            FROM org_unit c
            JOIN org_unit s ON s.path LIKE CONCAT(c.path, '%') AND s.kind = 'SCHOOL'
            LEFT JOIN (SELECT x.unit_id, x.status FROM declaration_submission x
                       JOIN (SELECT unit_id, MAX(revision) AS revision FROM declaration_submission
                             WHERE campaign_id = :campaign AND submitted_at <= :asOf GROUP BY unit_id) last
                         ON last.unit_id = x.unit_id AND last.revision = x.revision
                       WHERE x.campaign_id = :campaign) h ON h.unit_id = s.id
            WHERE c.parent_id = :parent
            GROUP BY c.id""";

    private FloorSql() {
    }

    static List<Map<String, Object>> children(JdbcClient jdbc, long campaign, long parent, @Nullable Instant asOf) {
        JdbcClient.StatementSpec sql = jdbc.sql(asOf == null ? NOW : AS_OF).param("campaign", campaign)
                .param("parent", parent);
        if (asOf != null) {
            sql = sql.param("asOf", Timestamp.from(asOf));
        }
        return sql.query().listOfRows();
    }
}
