package vn.safeschool.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.checklist.SafetyStatus;

/** The reads of corrective items, joined to their school, whose path carries the jurisdiction. */
@Component
class CorrectiveQueries {

    private static final String COLUMNS = """
            SELECT i.id, i.unit_id, s.code, s.name, i.campaign_id, k.doc_number, i.criterion_id, i.status,
                   i.declaration_status, i.opened_at, i.due_at, i.fixed_note, u.full_name AS fixed_by_name,
                   i.fixed_at, i.closed_at, i.closed_reason, i.version, (i.status = 'OPEN' AND i.due_at < :now) AS overdue
            FROM corrective_item i
            JOIN org_unit s ON s.id = i.unit_id
            JOIN campaign k ON k.id = i.campaign_id
            LEFT JOIN app_user u ON u.id = i.fixed_by
            """;

    private final JdbcClient jdbc;
    private final CampaignCriteria criteria;

    CorrectiveQueries(JdbcClient jdbc, CampaignCriteria criteria) {
        this.jdbc = jdbc;
        this.criteria = criteria;
    }

    /** A school's items, newest campaign first, open ones first, by criterion. */
    List<CorrectiveItemInfo> ofUnit(long unitId, Instant now) {
        return read(jdbc.sql(COLUMNS + """
                WHERE i.unit_id = :unitId
                ORDER BY k.issued_on DESC, i.campaign_id DESC, i.status = 'CLOSED', i.status = 'FIXED',
                         i.opened_at DESC, i.criterion_id""").param("unitId", unitId), now);
    }

    /** Open items past their due date in the scope, the longest overdue first. */
    List<CorrectiveItemInfo> overdue(long campaignId, String scope, Instant now, int limit) {
        return read(jdbc.sql(COLUMNS + """
                WHERE i.campaign_id = :campaignId AND i.status = 'OPEN' AND i.due_at < :now AND s.path LIKE :scope
                ORDER BY i.due_at, s.code, i.criterion_id LIMIT :limit""").param("campaignId", campaignId)
                .param("scope", scope).param("limit", limit), now);
    }

    CorrectiveSummary summary(long campaignId, String scope, Instant now) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(i.status = 'OPEN'), 0) AS open_count,
                       COALESCE(SUM(i.status = 'OPEN' AND i.due_at < :now), 0) AS overdue_count,
                       COALESCE(SUM(i.status = 'FIXED'), 0) AS fixed_count,
                       COALESCE(SUM(i.status = 'CLOSED'), 0) AS closed_count
                FROM corrective_item i JOIN org_unit s ON s.id = i.unit_id
                WHERE i.campaign_id = :campaignId AND s.path LIKE :scope""")
                .param("campaignId", campaignId).param("scope", scope).param("now", Timestamp.from(now))
                .query((rs, n) -> new CorrectiveSummary(rs.getLong("open_count"), rs.getLong("overdue_count"),
                        rs.getLong("fixed_count"), rs.getLong("closed_count")))
                .single();
    }

    private List<CorrectiveItemInfo> read(JdbcClient.StatementSpec statement, Instant now) {
        Map<Long, Map<Long, CriterionInfo>> checklists = new HashMap<>();
        return statement.param("now", Timestamp.from(now)).query((rs, n) -> info(rs, checklists)).list();
    }

    private CorrectiveItemInfo info(ResultSet rs, Map<Long, Map<Long, CriterionInfo>> checklists)
            throws SQLException {
        long campaignId = rs.getLong("campaign_id");
        CriterionInfo criterion = checklists.computeIfAbsent(campaignId, criteria::of)
                .get(rs.getLong("criterion_id"));
        if (criterion == null) {
            throw new IllegalStateException("criterion " + rs.getLong("criterion_id") + " not in its campaign");
        }
        return new CorrectiveItemInfo(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"),
                rs.getString("name"), campaignId, rs.getString("doc_number"), criterion,
                CorrectiveStatus.valueOf(rs.getString("status")),
                SafetyStatus.valueOf(rs.getString("declaration_status")), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), rs.getString("fixed_note"), rs.getString("fixed_by_name"),
                instant(rs.getTimestamp("fixed_at")), instant(rs.getTimestamp("closed_at")), rs.getBoolean("overdue"),
                rs.getLong("version"), "SAFE".equals(rs.getString("closed_reason")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
