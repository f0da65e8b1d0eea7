package vn.safeschool.reminder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.security.SystemTask;

/**
 * Reminders at the national scale (the rollup benchmark's dataset: 50,000 institutions, generated on the first run
 * into its own data directory): the time to queue a reminder to every institution in one request — reminder, units
 * and deliveries written in one transaction — and the rate at which the worker hands the e-mails to a local SMTP
 * server (GreenMail in this JVM). Each school gets a contact address first. Run on purpose: see docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
    "safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-national}/mariadb",
    "safeschool.reminders.delivery.enabled=false", "safeschool.reminders.schedule.enabled=false",
    "safeschool.reminders.delivery.batch=100", "spring.mail.host=127.0.0.1"})
@ActiveProfiles("national")
class ReminderBenchmark {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));
    private static final int DELIVERED = 5_000;

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ReminderService reminders;
    @Autowired
    TemplateService templates;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    SystemTask system;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void prints_the_time_to_queue_reminders_for_every_institution_and_the_smtp_delivery_rate() {
        jdbc.sql("UPDATE org_unit SET contact_email = CONCAT('c', code, '@bench.safeschool.vn')"
                + " WHERE kind = 'SCHOOL' AND contact_email IS NULL").update();
        // what an earlier run left queued would be sent first: set it aside
        jdbc.sql("UPDATE reminder_delivery SET status = 'FAILED' WHERE status IN ('QUEUED', 'SENDING')").update();
        system.run(() -> {
            long campaign = campaigns.findByDocNumber("QG-2021/BGDĐT").orElseThrow().id();
            List<Long> schools = jdbc.sql("SELECT id FROM org_unit WHERE kind = 'SCHOOL' AND active")
                    .query(Long.class).list();
            long template = templates.byCode("declare").id();
            ReminderRequest all = new ReminderRequest(campaign, schools, template, false, Set.of(), true);

            long started = System.nanoTime();
            ReminderResult result = reminders.send(all);
            double queueMillis = (System.nanoTime() - started) / 1e6;
            System.out.printf("BENCH reminders queue %,d institutions, %,d e-mails: %,.0f ms (%,.0f units/s)%n",
                    result.units(), result.recipients(), queueMillis, result.units() / (queueMillis / 1000));

            started = System.nanoTime();
            int sent = 0;
            while (sent < DELIVERED) {
                int batch = worker.deliverBatch();
                if (batch == 0) {
                    break;
                }
                sent += batch;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BENCH reminders deliver %,d e-mails to a local SMTP server: %.1f s, %.0f messages/s"
                    + " (received: %,d)%n", sent, seconds, sent / seconds, SMTP.getReceivedMessages().length);
            jdbc.sql("UPDATE reminder_delivery SET status = 'FAILED' WHERE status IN ('QUEUED', 'SENDING')").update();
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
