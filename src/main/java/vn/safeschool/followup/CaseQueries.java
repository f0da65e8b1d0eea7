package vn.safeschool.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind the board and the lists, in SQL: every case joined to its assignee unit, whose materialized
 * path carries the jurisdiction ({@code a.path LIKE :scope}) and the unit filter. Overdue is judged against the
 * {@code now} given, so it follows the application's clock.
 */
@Component
class CaseQueries {

    private static final String COLUMNS = """
            SELECT c.id, c.campaign_id, k.doc_number, c.assignee_unit_id, a.code, a.name, c.opener_unit_id, c.type,
                   c.status, c.reason, c.required_action, c.due_at, c.opened_at, u.full_name AS opened_by_name,
                   c.n_institutions, c.n_safe, c.n_at_risk, c.n_unsafe, c.n_not_declared, c.n_late, c.n_stale,
                   c.responded_at, c.closed_at, c.returned_count, c.version,
                   (c.status = 'OPEN' AND c.due_at < :now) AS overdue
            FROM follow_up_case c
            JOIN org_unit a ON a.id = c.assignee_unit_id
            JOIN campaign k ON k.id = c.campaign_id
            LEFT JOIN app_user u ON u.id = c.opened_by
            """;

    private static final String BOARD = """
            SELECT SUBSTRING(a.path, 1, LOCATE('/', a.path, :childStart)) AS bucket,
                   COALESCE(SUM(c.status = 'OPEN'), 0) AS open_count,
                   COALESCE(SUM(c.status = 'OPEN' AND c.returned_count > 0), 0) AS returned_count,
                   COALESCE(SUM(c.status = 'RESPONDED'), 0) AS responded_count,
                   COALESCE(SUM(c.status = 'OPEN' AND c.due_at < :now), 0) AS overdue_count,
                   COALESCE(SUM(c.status = 'ACCEPTED'), 0) AS closed_count
            FROM follow_up_case c
            JOIN org_unit a ON a.id = c.assignee_unit_id
            WHERE a.path LIKE :scope AND a.path LIKE :under%s
            GROUP BY bucket""";

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of cases: overdue first, then by due date. */
    List<FollowUpCaseInfo> list(FollowUpFilter filter, String scope, String under, Instant now, int offset,
            int limit) {
        String sql = COLUMNS + where(filter) + " ORDER BY overdue DESC, c.status = 'ACCEPTED', c.due_at, c.id"
                + " LIMIT :limit OFFSET :offset";
        return bind(jdbc.sql(sql), filter, scope, under, now).param("limit", limit).param("offset", offset)
                .query((rs, n) -> info(rs)).list();
    }

    long count(FollowUpFilter filter, String scope, String under, Instant now) {
        String sql = "SELECT COUNT(*) FROM follow_up_case c JOIN org_unit a ON a.id = c.assignee_unit_id "
                + where(filter);
        return bind(jdbc.sql(sql), filter, scope, under, now).query(Long.class).single();
    }

    /** The case, if its assignee lies in {@code scope} (the jurisdiction): empty otherwise, as if missing. */
    Optional<FollowUpCaseInfo> one(long caseId, String scope, Instant now) {
        return jdbc.sql(COLUMNS + " WHERE c.id = :id AND a.path LIKE :scope").param("id", caseId)
                .param("scope", scope).param("now", Timestamp.from(now)).query((rs, n) -> info(rs)).optional();
    }

    /** Counts per unit one level below {@code homePath} ("" for cases of the home unit itself). */
    Map<String, FollowUpBoard.Row> board(@Nullable Long campaignId, String homePath, String scope, Instant now) {
        String sql = BOARD.formatted(campaignId == null ? "" : " AND c.campaign_id = :campaignId");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("childStart", homePath.length() + 1)
                .param("now", Timestamp.from(now)).param("scope", scope).param("under", homePath + "%");
        if (campaignId != null) {
            statement = statement.param("campaignId", campaignId);
        }
        Map<String, FollowUpBoard.Row> rows = new HashMap<>();
        statement.query((ResultSet rs) -> {
            rows.put(rs.getString("bucket"), new FollowUpBoard.Row(null, false, rs.getLong("open_count"),
                    rs.getLong("returned_count"), rs.getLong("responded_count"), rs.getLong("overdue_count"),
                    rs.getLong("closed_count")));
        });
        return rows;
    }

    /** The latest answer of a case: explanation, conclusions, attachment id. */
    Answer answer(long caseId) {
        return jdbc.sql("SELECT explanation, conclusions, attachment_id FROM follow_up_case WHERE id = :id")
                .param("id", caseId).query((rs, n) -> new Answer(rs.getString("explanation"),
                        rs.getString("conclusions"), (Long) rs.getObject("attachment_id", Long.class)))
                .single();
    }

    List<Transition> history(long caseId) {
        return jdbc.sql("""
                SELECT h.action, h.at, u.full_name, h.comment, h.attachment_id, h.due_at
                FROM follow_up_history h LEFT JOIN app_user u ON u.id = h.actor_id
                WHERE h.case_id = :id ORDER BY h.at, h.id""").param("id", caseId)
                .query((rs, n) -> new Transition(CaseAction.valueOf(rs.getString("action")),
                        rs.getTimestamp("at").toInstant(), rs.getString("full_name"), rs.getString("comment"),
                        (Long) rs.getObject("attachment_id", Long.class),
                        rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant()))
                .list();
    }

    Map<Long, AttachmentInfo> attachments(long caseId) {
        Map<Long, AttachmentInfo> found = new HashMap<>();
        jdbc.sql("SELECT id, file_name, content_type, size_bytes FROM follow_up_attachment WHERE case_id = :id")
                .param("id", caseId).query((ResultSet rs) -> {
                    found.put(rs.getLong("id"), new AttachmentInfo(rs.getLong("id"), rs.getString("file_name"),
                            rs.getString("content_type"), rs.getLong("size_bytes")));
                });
        return found;
    }

    record Answer(@Nullable String explanation, @Nullable String conclusions, @Nullable Long attachmentId) {
    }

    record Transition(CaseAction action, Instant at, @Nullable String actorName, @Nullable String comment,
            @Nullable Long attachmentId, @Nullable Instant dueAt) {
    }

    private static String where(FollowUpFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("a.path LIKE :scope", "a.path LIKE :under"));
        if (filter.campaignId() != null) {
            conditions.add("c.campaign_id = :campaignId");
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("c.status IN (:statuses)");
        }
        if (filter.type() != null) {
            conditions.add("c.type = :type");
        }
        if (filter.overdueOnly()) {
            conditions.add("c.status = 'OPEN' AND c.due_at < :now");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, FollowUpFilter filter,
            String scope, String under, Instant now) {
        JdbcClient.StatementSpec bound = statement.param("scope", scope).param("under", under)
                .param("now", Timestamp.from(now));
        if (filter.campaignId() != null) {
            bound = bound.param("campaignId", filter.campaignId());
        }
        if (!filter.statuses().isEmpty()) {
            bound = bound.param("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.type() != null) {
            bound = bound.param("type", filter.type().name());
        }
        return bound;
    }

    private static FollowUpCaseInfo info(ResultSet rs) throws SQLException {
        return new FollowUpCaseInfo(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("doc_number"),
                rs.getLong("assignee_unit_id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("opener_unit_id"), FollowUpType.valueOf(rs.getString("type")),
                FollowUpStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getString("required_action"), instant(rs, "due_at"), instant(rs, "opened_at"),
                rs.getString("opened_by_name"),
                new FrozenNumbers(rs.getLong("n_institutions"), rs.getLong("n_safe"), rs.getLong("n_at_risk"),
                        rs.getLong("n_unsafe"), rs.getLong("n_not_declared"), rs.getLong("n_late"),
                        rs.getLong("n_stale")),
                nullableInstant(rs, "responded_at"), nullableInstant(rs, "closed_at"), rs.getInt("returned_count"),
                rs.getBoolean("overdue"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
