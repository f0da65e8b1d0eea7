package vn.safeschool.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminders' record read back: the log, a reminder's deliveries, a unit's reminders, a campaign's
 * effectiveness, the throttle's lookups — each under a jurisdiction pattern on the reminded units' paths.
 */
@Component
class ReminderQueries {

    private final JdbcClient jdbc;

    ReminderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest reminder per unit about the campaign since a moment: the throttle's "who and when". */
    Map<Long, ReminderPlan.Throttled> remindedSince(long campaignId, Collection<Long> unitIds, Instant since,
            Map<Long, String> names) {
        Map<Long, ReminderPlan.Throttled> found = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql("""
                    SELECT ru.unit_id, ru.reminded_at, r.sent_by, r.sender_name
                    FROM reminder_unit ru JOIN reminder r ON r.id = ru.reminder_id
                    WHERE ru.campaign_id = :campaignId AND ru.unit_id IN (:ids) AND ru.reminded_at > :since
                    ORDER BY ru.reminded_at DESC""")
                    .param("campaignId", campaignId).param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .param("since", Timestamp.from(since))
                    .query((ResultSet rs) -> {
                        long unit = rs.getLong("unit_id");
                        found.putIfAbsent(unit, new ReminderPlan.Throttled(unit, names.getOrDefault(unit, ""),
                                rs.getObject("sent_by") == null ? null : rs.getString("sender_name"),
                                rs.getTimestamp("reminded_at").toInstant()));
                    });
        }
        return found;
    }

    List<ReminderLogEntry> log(String scope, @Nullable Long campaignId, int offset, int limit) {
        List<Object[]> heads = new ArrayList<>();
        jdbc.sql("""
                SELECT r.id, r.created_at, r.kind, r.step, c.doc_number, r.sent_by, r.sender_name, r.forced
                FROM reminder r LEFT JOIN campaign c ON c.id = r.campaign_id
                WHERE EXISTS (SELECT 1 FROM reminder_unit ru WHERE ru.reminder_id = r.id AND ru.unit_path LIKE :scope)
                  AND (:campaignId IS NULL OR r.campaign_id = :campaignId)
                ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset""")
                .param("scope", scope).param("campaignId", campaignId).param("limit", limit)
                .param("offset", offset)
                .query((ResultSet rs) -> {
                    heads.add(new Object[] {rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                        ReminderKind.valueOf(rs.getString("kind")), rs.getString("step"), rs.getString("doc_number"),
                        rs.getObject("sent_by") == null ? null : rs.getString("sender_name"),
                        rs.getBoolean("forced")});
                });
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(h -> (Long) h[0]).toList();
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                SELECT d.reminder_id, d.channel, d.status, COUNT(*) AS n, SUM(d.read_at IS NOT NULL) AS seen
                FROM reminder_delivery d JOIN reminder_unit ru ON ru.id = d.reminder_unit_id
                WHERE d.reminder_id IN (:ids) AND ru.unit_path LIKE :scope
                GROUP BY d.reminder_id, d.channel, d.status""")
                .param("ids", ids).param("scope", scope)
                .query((ResultSet rs) -> {
                    int[] c = counts.computeIfAbsent(rs.getLong("reminder_id"), id -> new int[7]);
                    int n = rs.getInt("n");
                    if (Channel.INBOX.name().equals(rs.getString("channel"))) {
                        c[0] += n;
                        c[1] += rs.getInt("seen");
                    } else {
                        c[2] += n;
                        switch (DeliveryStatus.valueOf(rs.getString("status"))) {
                            case SENT -> c[3] += n;
                            case FAILED -> c[5] += n;
                            case MAIL_OFF -> c[6] += n;
                            default -> c[4] += n;
                        }
                    }
                });
        Map<Long, int[]> unitCounts = new HashMap<>();
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("""
                SELECT x.reminder_id, x.name, x.units FROM (
                    SELECT ru.reminder_id, u.name, COUNT(*) OVER (PARTITION BY ru.reminder_id) AS units,
                           ROW_NUMBER() OVER (PARTITION BY ru.reminder_id ORDER BY ru.id) AS n
                    FROM reminder_unit ru JOIN org_unit u ON u.id = ru.unit_id
                    WHERE ru.reminder_id IN (:ids) AND ru.unit_path LIKE :scope) x
                WHERE x.n <= 3""")
                .param("ids", ids).param("scope", scope)
                .query((ResultSet rs) -> {
                    unitCounts.put(rs.getLong("reminder_id"), new int[] {rs.getInt("units")});
                    names.computeIfAbsent(rs.getLong("reminder_id"), id -> new ArrayList<>()).add(rs.getString("name"));
                });
        List<ReminderLogEntry> entries = new ArrayList<>();
        for (Object[] h : heads) {
            long id = (Long) h[0];
            int[] c = counts.getOrDefault(id, new int[7]);
            int units = unitCounts.getOrDefault(id, new int[1])[0];
            String shown = String.join(", ", names.getOrDefault(id, List.of())) + (units > 3 ? ", …" : "");
            entries.add(new ReminderLogEntry(id, (Instant) h[1], (ReminderKind) h[2], (String) h[3], (String) h[4],
                    (String) h[5], (Boolean) h[6], units, shown, c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        return entries;
    }

    List<DeliveryInfo> deliveries(long reminderId, String scope, int limit) {
        return jdbc.sql("""
                SELECT d.id, u.name AS unit_name, d.recipient_name, d.recipient_email, d.channel, d.status, d.attempts,
                       d.sent_at, d.read_at, d.next_attempt_at, d.last_error
                FROM reminder_delivery d JOIN reminder_unit ru ON ru.id = d.reminder_unit_id
                JOIN org_unit u ON u.id = ru.unit_id
                WHERE d.reminder_id = :id AND ru.unit_path LIKE :scope
                ORDER BY d.status = 'FAILED' DESC, u.name, d.id LIMIT :limit""")
                .param("id", reminderId).param("scope", scope).param("limit", limit)
                .query((rs, n) -> new DeliveryInfo(rs.getLong("id"), rs.getString("unit_name"),
                        rs.getString("recipient_name"), rs.getString("recipient_email"),
                        Channel.valueOf(rs.getString("channel")), DeliveryStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), instant(rs, "sent_at"), instant(rs, "read_at"),
                        instant(rs, "next_attempt_at"), rs.getString("last_error")))
                .list();
    }

    /** The unit's reminders, if the unit lies in {@code scope} (nothing otherwise). */
    List<UnitReminders> ofUnit(long unitId, String scope) {
        return jdbc.sql("""
                SELECT ru.campaign_id, c.doc_number, COUNT(*) AS times, MAX(ru.reminded_at) AS last_at,
                       SUM(EXISTS (SELECT 1 FROM declaration_submission s
                                   WHERE s.unit_id = ru.unit_id AND s.campaign_id = ru.campaign_id
                                     AND s.submitted_at > ru.reminded_at
                                     AND s.submitted_at <= ru.reminded_at + INTERVAL 1 DAY)) AS acted,
                       (SELECT CASE WHEN r.sent_by IS NULL THEN NULL ELSE r.sender_name END
                        FROM reminder_unit l JOIN reminder r ON r.id = l.reminder_id
                        WHERE l.unit_id = ru.unit_id AND l.campaign_id = ru.campaign_id
                        ORDER BY l.reminded_at DESC, l.id DESC LIMIT 1) AS last_by
                FROM reminder_unit ru JOIN campaign c ON c.id = ru.campaign_id
                WHERE ru.unit_id = :unitId AND ru.unit_path LIKE :scope
                GROUP BY ru.campaign_id, c.doc_number ORDER BY last_at DESC""")
                .param("unitId", unitId).param("scope", scope)
                .query((rs, n) -> new UnitReminders(rs.getLong("campaign_id"), rs.getString("doc_number"),
                        rs.getInt("times"), rs.getTimestamp("last_at").toInstant(), rs.getString("last_by"),
                        rs.getInt("acted") > 0))
                .list();
    }

    Effectiveness effectiveness(long campaignId, String scope) {
        return jdbc.sql("""
                SELECT COUNT(*) AS reminded,
                       COALESCE(SUM(EXISTS (SELECT 1 FROM declaration_submission s WHERE s.campaign_id = :campaignId
                                     AND s.unit_id = x.unit_id AND s.submitted_at > x.first_at)), 0) AS declared_after,
                       COALESCE(SUM(EXISTS (SELECT 1 FROM reminder_unit r2 JOIN declaration_submission s
                                     ON s.unit_id = r2.unit_id AND s.campaign_id = r2.campaign_id
                                    AND s.submitted_at > r2.reminded_at
                                    AND s.submitted_at <= r2.reminded_at + INTERVAL 1 DAY
                                     WHERE r2.campaign_id = :campaignId AND r2.unit_id = x.unit_id)), 0) AS within_day
                FROM (SELECT ru.unit_id, MIN(ru.reminded_at) AS first_at
                      FROM reminder_unit ru JOIN org_unit u ON u.id = ru.unit_id AND u.kind = 'SCHOOL'
                      WHERE ru.campaign_id = :campaignId AND ru.unit_path LIKE :scope
                      GROUP BY ru.unit_id) x""")
                .param("campaignId", campaignId).param("scope", scope)
                .query((rs, n) -> new Effectiveness(rs.getLong("reminded"), rs.getLong("declared_after"),
                        rs.getLong("within_day")))
                .single();
    }

    long unread(long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM reminder_delivery
                WHERE recipient_user_id = :me AND channel = 'INBOX' AND read_at IS NULL""")
                .param("me", userId).query(Long.class).single();
    }

    List<InboxItem> inbox(long userId, int limit) {
        return jdbc.sql("""
                SELECT d.id, d.created_at, r.kind, r.sent_by, r.sender_name, d.subject, d.body, d.link, d.read_at
                FROM reminder_delivery d JOIN reminder r ON r.id = d.reminder_id
                WHERE d.recipient_user_id = :me AND d.channel = 'INBOX'
                ORDER BY d.created_at DESC, d.id DESC LIMIT :limit""")
                .param("me", userId).param("limit", limit)
                .query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                        ReminderKind.valueOf(rs.getString("kind")),
                        rs.getObject("sent_by") == null ? null : rs.getString("sender_name"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), instant(rs, "read_at")))
                .list();
    }

    /** @return whether the item is the user's (read now or before) */
    boolean markRead(long userId, long deliveryId, Instant now) {
        jdbc.sql("""
                UPDATE reminder_delivery SET read_at = :now
                WHERE id = :id AND recipient_user_id = :me AND channel = 'INBOX' AND read_at IS NULL""")
                .param("now", Timestamp.from(now)).param("id", deliveryId).param("me", userId).update();
        return jdbc.sql("""
                SELECT COUNT(*) FROM reminder_delivery WHERE id = :id AND recipient_user_id = :me AND channel = 'INBOX'""")
                .param("id", deliveryId).param("me", userId).query(Long.class).single() > 0;
    }

    int markAllRead(long userId, Instant now) {
        return jdbc.sql("""
                UPDATE reminder_delivery SET read_at = :now
                WHERE recipient_user_id = :me AND channel = 'INBOX' AND read_at IS NULL""")
                .param("now", Timestamp.from(now)).param("me", userId).update();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
