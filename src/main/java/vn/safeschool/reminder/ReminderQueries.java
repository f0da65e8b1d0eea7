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

    /** A reminder as the log's first query reads it, before its deliveries and units are counted. */
    private record Head(long id, Instant at, ReminderKind kind, @Nullable String step,
            @Nullable String campaignNumber, @Nullable String sender, boolean forced) {
    }

    /** A reminder's deliveries to the units in scope, by channel and, for e-mails, by outcome. */
    private record Counts(int inbox, int seen, int emails, int sent, int pending, int failed, int mailOff) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        /** {@code n} deliveries of a channel in a state, {@code seen} of them opened. */
        static Counts of(Channel channel, DeliveryStatus status, int n, int seen) {
            if (channel == Channel.INBOX) {
                return new Counts(n, seen, 0, 0, 0, 0, 0);
            }
            return switch (status) {
                case SENT -> new Counts(0, 0, n, n, 0, 0, 0);
                case FAILED -> new Counts(0, 0, n, 0, 0, n, 0);
                case MAIL_OFF -> new Counts(0, 0, n, 0, 0, 0, n);
                default -> new Counts(0, 0, n, 0, n, 0, 0);
            };
        }

        Counts plus(Counts other) {
            return new Counts(inbox + other.inbox, seen + other.seen, emails + other.emails, sent + other.sent,
                    pending + other.pending, failed + other.failed, mailOff + other.mailOff);
        }
    }

    /** The units in scope a reminder reached: how many, and the first names for the list. */
    private record Reached(int units, List<String> firstNames) {

        static final int SHOWN = 3;
        static final Reached NONE = new Reached(0, List.of());

        String shown() {
            return String.join(", ", firstNames) + (units > SHOWN ? ", …" : "");
        }
    }

    /** The reminders that reached units in {@code scope}, newest first, each counted over those units only. */
    List<ReminderLogEntry> log(String scope, @Nullable Long campaignId, int offset, int limit) {
        List<Head> heads = heads(scope, campaignId, offset, limit);
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, Counts> counts = counts(ids, scope);
        Map<Long, Reached> reached = reached(ids, scope);
        return heads.stream().map(h -> {
            Counts c = counts.getOrDefault(h.id(), Counts.NONE);
            Reached r = reached.getOrDefault(h.id(), Reached.NONE);
            return new ReminderLogEntry(h.id(), h.at(), h.kind(), h.step(), h.campaignNumber(), h.sender(),
                    h.forced(), r.units(), r.shown(), c.inbox(), c.seen(), c.emails(), c.sent(), c.pending(),
                    c.failed(), c.mailOff());
        }).toList();
    }

    private List<Head> heads(String scope, @Nullable Long campaignId, int offset, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.created_at, r.kind, r.step, c.doc_number, r.sent_by, r.sender_name, r.forced
                FROM reminder r LEFT JOIN campaign c ON c.id = r.campaign_id
                WHERE EXISTS (SELECT 1 FROM reminder_unit ru WHERE ru.reminder_id = r.id AND ru.unit_path LIKE :scope)
                  AND (:campaignId IS NULL OR r.campaign_id = :campaignId)
                ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset""")
                .param("scope", scope).param("campaignId", campaignId).param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                        ReminderKind.valueOf(rs.getString("kind")), rs.getString("step"), rs.getString("doc_number"),
                        rs.getObject("sent_by") == null ? null : rs.getString("sender_name"),
                        rs.getBoolean("forced")))
                .list();
    }

    private Map<Long, Counts> counts(List<Long> reminderIds, String scope) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("""
                SELECT d.reminder_id, d.channel, d.status, COUNT(*) AS n, SUM(d.read_at IS NOT NULL) AS seen
                FROM reminder_delivery d JOIN reminder_unit ru ON ru.id = d.reminder_unit_id
                WHERE d.reminder_id IN (:ids) AND ru.unit_path LIKE :scope
                GROUP BY d.reminder_id, d.channel, d.status""")
                .param("ids", reminderIds).param("scope", scope)
                .query((ResultSet rs) -> {
                    counts.merge(rs.getLong("reminder_id"), Counts.of(Channel.valueOf(rs.getString("channel")),
                            DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("n"), rs.getInt("seen")),
                            Counts::plus);
                });
        return counts;
    }

    private Map<Long, Reached> reached(List<Long> reminderIds, String scope) {
        Map<Long, Reached> reached = new HashMap<>();
        jdbc.sql("""
                SELECT x.reminder_id, x.name, x.units FROM (
                    SELECT ru.reminder_id, u.name, COUNT(*) OVER (PARTITION BY ru.reminder_id) AS units,
                           ROW_NUMBER() OVER (PARTITION BY ru.reminder_id ORDER BY ru.id) AS n
                    FROM reminder_unit ru JOIN org_unit u ON u.id = ru.unit_id
                    WHERE ru.reminder_id IN (:ids) AND ru.unit_path LIKE :scope) x
                WHERE x.n <= :shown ORDER BY x.reminder_id, x.n""")
                .param("ids", reminderIds).param("scope", scope).param("shown", Reached.SHOWN)
                .query((ResultSet rs) -> {
                    Reached before = reached.getOrDefault(rs.getLong("reminder_id"), Reached.NONE);
                    List<String> names = new ArrayList<>(before.firstNames());
                    names.add(rs.getString("name"));
                    reached.put(rs.getLong("reminder_id"), new Reached(rs.getInt("units"), List.copyOf(names)));
                });
        return reached;
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
