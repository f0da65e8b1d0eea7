package vn.safeschool.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: writes a reminder, the units it reaches and one delivery per (recipient, channel), all in the
 * caller's transaction — they commit with the request or not at all. Inbox deliveries are delivered by being
 * written; e-mails are queued for the worker, or recorded as {@link DeliveryStatus#MAIL_OFF} on a server without
 * e-mail. Rows go in batches, so a whole country's reminders are a few hundred statements.
 */
@Component
class Outbox {

    /** One recipient's message: to an account (inbox, and e-mail if it has an address) or to an address only. */
    record RecipientMessage(@Nullable Long userId, String name, @Nullable String email, Locale locale, String subject,
            String body) {
    }

    /** A unit reached, its state when reminded, and the messages to its recipients. */
    record UnitMessage(long unitId, String unitPath, String status, @Nullable String link,
            List<RecipientMessage> recipientMessages) {
    }

    record Draft(ReminderKind kind, @Nullable Long campaignId, @Nullable String step, @Nullable Long templateId,
            @Nullable Long senderId, String senderName, boolean forced, List<UnitMessage> messages) {
    }

    record Written(long reminderId, int units, int recipients, int emailsQueued) {
    }

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final MailSwitch mail;
    private final ReminderMetrics metrics;
    private final Clock clock;

    Outbox(JdbcClient jdbc, JdbcTemplate batch, MailSwitch mail, ReminderMetrics metrics, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.mail = mail;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Written write(Draft draft) {
        Timestamp now = Timestamp.from(clock.instant());
        int recipients = draft.messages().stream().mapToInt(m -> m.recipientMessages().size()).sum();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reminder (campaign_id, kind, step, template_id, sent_by, sender_name, created_at, forced,
                                      unit_count, recipient_count)
                VALUES (:campaignId, :kind, :step, :templateId, :sentBy, :senderName, :now, :forced, :units,
                        :recipients)""")
                .param("campaignId", draft.campaignId()).param("kind", draft.kind().name())
                .param("step", draft.step()).param("templateId", draft.templateId())
                .param("sentBy", draft.senderId()).param("senderName", draft.senderName()).param("now", now)
                .param("forced", draft.forced()).param("units", draft.messages().size())
                .param("recipients", recipients).update(key, "id");
        long reminderId = key.getKeyAs(Number.class).longValue();

        List<Object[]> units = draft.messages().stream().map(m -> new Object[] {reminderId, draft.campaignId(),
            m.unitId(), m.unitPath(), draft.step(), now, m.status()}).toList();
        insert("""
                INSERT INTO reminder_unit (reminder_id, campaign_id, unit_id, unit_path, step, reminded_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", units);
        Map<Long, Long> unitRows = new HashMap<>();
        jdbc.sql("SELECT id, unit_id FROM reminder_unit WHERE reminder_id = :id").param("id", reminderId)
                .query((java.sql.ResultSet rs) -> {
                    unitRows.put(rs.getLong("unit_id"), rs.getLong("id"));
                });

        boolean mailOn = mail.on();
        List<Object[]> deliveries = new ArrayList<>();
        int emails = 0;
        for (UnitMessage unit : draft.messages()) {
            long unitRow = unitRows.get(unit.unitId());
            for (RecipientMessage message : unit.recipientMessages()) {
                if (message.userId() != null) {
                    deliveries.add(delivery(reminderId, unitRow, Channel.INBOX, message, unit.link(),
                            DeliveryStatus.DELIVERED, null, now));
                }
                if (message.email() != null) {
                    deliveries.add(delivery(reminderId, unitRow, Channel.EMAIL, message, unit.link(),
                            mailOn ? DeliveryStatus.QUEUED : DeliveryStatus.MAIL_OFF, mailOn ? now : null, now));
                    emails++;
                }
            }
        }
        insert("""
                INSERT INTO reminder_delivery (reminder_id, reminder_unit_id, channel, recipient_user_id,
                    recipient_name, recipient_email, locale, subject, body, link, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", deliveries);
        int queued = mailOn ? emails : 0;
        metrics.queued(queued);
        return new Written(reminderId, draft.messages().size(), recipients, queued);
    }

    private static Object[] delivery(long reminderId, long unitRow, Channel channel, RecipientMessage message,
            @Nullable String link, DeliveryStatus status, @Nullable Timestamp next, Timestamp now) {
        return new Object[] {reminderId, unitRow, channel.name(), message.userId(), cut(message.name(), 255),
            message.email(), message.locale().getLanguage(), message.subject(), message.body(), link, status.name(),
            next, now};
    }

    private void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
