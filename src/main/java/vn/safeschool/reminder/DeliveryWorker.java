package vn.safeschool.reminder;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mails. Any number of instances may run it side by side: each claim takes a batch of due rows
 * with {@code SELECT ... FOR UPDATE SKIP LOCKED} and marks them as its own until a lease runs out, so no two
 * instances ever hold the same delivery; a delivery whose instance died mid-send is claimed again once its lease has
 * expired (then it may go out twice — the one case at-least-once allows). Each attempt is logged; a failed one is
 * retried after a wait that doubles, and after the last one the delivery is failed for good, visible in the log.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private record Claimed(long id, String email, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final MailSwitch mail;
    private final ReminderProperties properties;
    private final ReminderMetrics metrics;
    private final Clock clock;
    private final String instance;

    DeliveryWorker(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, MailSwitch mail,
            ReminderProperties properties, ReminderMetrics metrics, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.mail = mail;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.instance = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Claims and sends batches until nothing is due. @return how many deliveries were attempted */
    int deliverDue() {
        int total = 0;
        int batch;
        while ((batch = deliverBatch()) > 0) {
            total += batch;
        }
        return total;
    }

    /** Claims one batch of due e-mails and sends it. @return how many deliveries were attempted */
    int deliverBatch() {
        JavaMailSenderImpl sender = mail.sender();
        if (sender == null) {
            return 0;
        }
        List<Claimed> claimed = claim();
        if (!claimed.isEmpty()) {
            send(sender, claimed);
        }
        return claimed.size();
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        List<Claimed> claimed = transaction.execute(status -> {
            // two range scans on the (channel, status, time) index, never an OR over the table: a locking read
            // locks what it scans, and another instance must find the rest unlocked
            List<Claimed> rows = new ArrayList<>(rows("""
                    SELECT id, recipient_email, subject, body, attempts FROM reminder_delivery
                    WHERE channel = 'EMAIL' AND status = 'SENDING' AND claimed_until < :now
                    ORDER BY claimed_until, id LIMIT :batch FOR UPDATE SKIP LOCKED""", now,
                    properties.delivery().batch()));
            rows.addAll(rows("""
                    SELECT id, recipient_email, subject, body, attempts FROM reminder_delivery
                    WHERE channel = 'EMAIL' AND status = 'QUEUED' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at, id LIMIT :batch FOR UPDATE SKIP LOCKED""", now,
                    properties.delivery().batch() - rows.size()));
            if (!rows.isEmpty()) {
                jdbc.sql("""
                        UPDATE reminder_delivery SET status = 'SENDING', claimed_by = :me, claimed_until = :until
                        WHERE id IN (:ids)""")
                        .param("me", instance).param("until", Timestamp.from(now.plus(properties.delivery().lease())))
                        .param("ids", rows.stream().map(Claimed::id).toList()).update();
            }
            return rows;
        });
        return claimed == null ? List.of() : claimed;
    }

    private List<Claimed> rows(String sql, Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql(sql).param("now", Timestamp.from(now)).param("batch", limit)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("recipient_email"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    /**
     * One SMTP connection for the batch; each e-mail is recorded the moment the server has accepted (or refused) it,
     * so an instance killed mid-batch leaves at most the one e-mail in flight to go out again when its lease expires.
     * A message the server refused fails alone; a lost connection fails the rest of the batch, to be retried.
     */
    private void send(JavaMailSenderImpl sender, List<Claimed> claimed) {
        int next = 0;
        try (Transport transport = connect(sender)) {
            for (; next < claimed.size(); next++) {
                Claimed c = claimed.get(next);
                String error = null;
                MimeMessage message = null;
                try {
                    message = message(sender, c);
                } catch (MessagingException e) {
                    error = describe(e);
                }
                if (message != null) {
                    try {
                        transport.sendMessage(message, message.getAllRecipients());
                    } catch (SendFailedException e) {
                        error = describe(e);
                    }
                }
                record(List.of(c), error == null ? Map.of() : Map.of(c.id(), error));
            }
        } catch (MessagingException | MailException e) {
            List<Claimed> rest = claimed.subList(Math.min(next, claimed.size()), claimed.size());
            if (!rest.isEmpty()) {
                String error = describe(e);
                record(rest, rest.stream().collect(Collectors.toMap(Claimed::id, c -> error)));
            }
        }
    }

    /** What {@link JavaMailSenderImpl} does for each of its batches, kept open for ours. */
    private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        Transport transport = sender.getSession()
                .getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        String username = sender.getUsername();
        String password = sender.getPassword();
        transport.connect(sender.getHost(), sender.getPort(), username == null || username.isEmpty() ? null : username,
                username == null || username.isEmpty() ? null : password);
        return transport;
    }

    private MimeMessage message(JavaMailSenderImpl sender, Claimed c) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.mail().from());
        helper.setTo(c.email());
        helper.setSubject(c.subject());
        helper.setText(c.body(), false);
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("X-SafeSchool-Delivery", String.valueOf(c.id()));
        message.saveChanges();
        return message;
    }

    private void record(List<Claimed> claimed, Map<Long, String> failures) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Object[]> sent = new ArrayList<>();
        List<Object[]> retried = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        int failedForGood = 0;
        for (Claimed c : claimed) {
            String error = failures.get(c.id());
            attempts.add(new Object[] {c.id(), at, instance, error == null, error});
            if (error == null) {
                sent.add(new Object[] {at, c.id(), instance});
                continue;
            }
            int attempt = c.attempts() + 1;
            boolean last = attempt >= properties.delivery().maxAttempts();
            failedForGood += last ? 1 : 0;
            retried.add(new Object[] {last ? DeliveryStatus.FAILED.name() : DeliveryStatus.QUEUED.name(),
                last ? null : Timestamp.from(now.plus(backoff(attempt))), error, c.id(), instance});
        }
        int lost = failedForGood;
        transaction.executeWithoutResult(status -> {
            batch.batchUpdate("""
                    UPDATE reminder_delivery SET status = 'SENT', sent_at = ?, attempts = attempts + 1,
                        claimed_by = NULL, claimed_until = NULL, last_error = NULL
                    WHERE id = ? AND claimed_by = ?""", sent);
            batch.batchUpdate("""
                    UPDATE reminder_delivery SET status = ?, next_attempt_at = ?, last_error = ?,
                        attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL
                    WHERE id = ? AND claimed_by = ?""", retried);
            batch.batchUpdate("""
                    INSERT INTO reminder_attempt (delivery_id, attempted_at, instance, succeeded, error)
                    VALUES (?, ?, ?, ?, ?)""", attempts);
        });
        metrics.sent(sent.size());
        metrics.failed(lost);
        if (!retried.isEmpty()) {
            log.warn("{} of {} e-mails failed ({} for good); first error: {}", retried.size(), claimed.size(), lost,
                    failures.values().iterator().next());
        }
    }

    /** The wait after the n-th failed attempt: backoff, doubled for each earlier failure, at most maxBackoff. */
    Duration backoff(int attempt) {
        Duration wait = properties.delivery().backoff().multipliedBy(1L << Math.min(20, attempt - 1));
        return wait.compareTo(properties.delivery().maxBackoff()) > 0 ? properties.delivery().maxBackoff() : wait;
    }

    private static String describe(@Nullable Exception e) {
        if (e == null) {
            return "?";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "host";
        }
    }
}
