package vn.safeschool.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.safeschool.ChildJvm;
import vn.safeschool.IntegrationTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.SystemTask;

/**
 * An instance killed (SIGKILL) while its e-mail worker is sending a batch: the worker runs in a JVM of its own
 * ({@link WorkerInAnotherProcess}) against the suite's database and a real SMTP server in this JVM (GreenMail), and is
 * killed once part of one large batch has reached the server. Every e-mail the server accepted before the kill is
 * recorded as sent, save at most the one in flight; the rest stay claimed until the dead instance's lease runs out,
 * then another instance sends them, and each e-mail has exactly one successful attempt in the log.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "safeschool.reminders.delivery.enabled=false"})
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@IntegrationTest
class ReminderWorkerKilledMidBatchTest {

    private static final String CHILD_USER = "reminder_child";
    private static final int SCHOOLS = 200;
    private static final int KILL_AFTER = 20;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final int SMTP_PORT = EmbeddedMariaDb.freePort();
    private static final GreenMail SMTP = startSmtp();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ReminderService reminders;
    @Autowired
    TemplateService templates;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    ReminderProperties properties;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    SystemTask system;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;
    @Autowired
    Environment environment;
    @TempDir
    Path scratch;

    private final long started = System.nanoTime();
    private Duration offsetBefore;

    @BeforeEach
    void rememberClock() {
        offsetBefore = Duration.between(Instant.now(), clock.instant());
    }

    @AfterEach
    void restoreClock() {
        clock.travelTo(Instant.now().plus(offsetBefore));
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void a_worker_killed_mid_batch_leaves_every_email_sent_once_save_at_most_the_one_in_flight() throws Exception {
        List<Long> schools = province();
        CampaignInfo campaign = system.call(() -> campaigns.create(new NewCampaign("R8-TAT-NGANG",
                "Thử tắt ngang khi gửi thư", LocalDate.of(2020, 10, 1), LocalDateTime.of(2099, 12, 31, 11, 0),
                org.findByCode("R8").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
        system.run(() -> reminders.send(ReminderRequest.of(campaign.id(), schools,
                templates.byCode("declare").id())));
        List<Long> emails = jdbc.sql("""
                SELECT d.id FROM reminder_delivery d JOIN reminder r ON r.id = d.reminder_id
                WHERE r.campaign_id = ? AND d.channel = 'EMAIL' ORDER BY d.id""")
                .param(campaign.id()).query(Long.class).list();
        assertThat(emails).hasSize(SCHOOLS);
        assertThat(statuses(emails)).containsOnlyKeys("QUEUED");

        Path log = scratch.resolve("child.log");
        ChildJvm.createAccount(jdbc, CHILD_USER);
        Process child = ChildJvm.start(scratch, log, "512m", WorkerInAnotherProcess.class,
                ChildJvm.databaseUrl(embedded, environment), CHILD_USER, String.valueOf(SMTP_PORT));
        long receivedAtKill;
        try {
            receivedAtKill = waitForPartOfTheBatch(child, log, emails);
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        ChildJvm.awaitDisconnected(jdbc, CHILD_USER, Duration.ofMinutes(1));
        long received = received(emails).values().stream().mapToLong(List::size).sum();
        Map<String, Long> atKill = statuses(emails);
        log("child killed at %d e-mails received; %d received in all; in the database %s"
                .formatted(receivedAtKill, received, atKill));
        long sent = atKill.getOrDefault("SENT", 0L);
        assertThat(received).isBetween((long) KILL_AFTER, SCHOOLS - 1L);
        assertThat(received - sent).as("accepted by the server but not recorded: the one in flight").isBetween(0L, 1L);
        assertThat(atKill).containsOnlyKeys("SENT", "SENDING");
        assertThat(atKill.get("SENDING")).isEqualTo(SCHOOLS - sent);

        // before the dead instance's lease runs out nobody takes its claim; after it, this instance sends the rest
        assertThat(worker.deliverDue()).isZero();
        clock.travelTo(Instant.now().plus(properties.delivery().lease()).plus(Duration.ofMinutes(1)));
        assertThat(worker.deliverDue()).isEqualTo(SCHOOLS - sent);

        assertThat(statuses(emails)).containsOnly(Map.entry("SENT", (long) SCHOOLS));
        Map<Long, List<MimeMessage>> byDelivery = received(emails);
        assertThat(byDelivery).containsOnlyKeys(emails);
        assertThat(byDelivery.values().stream().filter(copies -> copies.size() > 1).count())
                .isEqualTo(received - sent).isLessThanOrEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM reminder_attempt WHERE succeeded AND delivery_id IN (:ids)""")
                .param("ids", emails).query(Long.class).single()).isEqualTo(SCHOOLS);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM reminder_delivery WHERE id IN (:ids) AND claimed_by IS NOT NULL""")
                .param("ids", emails).query(Long.class).single()).isZero();
    }

    /** A province of its own ("R8"), outside Gia Lai: one office and its schools, each with a contact address. */
    private List<Long> province() {
        return system.call(() -> {
            OrgUnitInfo department = org.create(new NewOrgUnit(null, "R8", "Sở GDĐT Thử tắt ngang", null,
                    UnitKind.DEPARTMENT, null, null, null));
            OrgUnitInfo office = org.create(new NewOrgUnit(department.id(), "R801", "Phòng GDĐT Thử tắt ngang", null,
                    UnitKind.DISTRICT_OFFICE, null, null, "pgd.r801@thu.edu.vn"));
            List<Long> schools = new ArrayList<>();
            for (int i = 1; i <= SCHOOLS; i++) {
                schools.add(org.create(new NewOrgUnit(office.id(), "R801%04d".formatted(i),
                        "Trường Tiểu học thử số %d".formatted(i), null, UnitKind.SCHOOL, InstitutionType.PRIMARY,
                        Ownership.PUBLIC, "c.r801%04d@thu.edu.vn".formatted(i))).id());
            }
            return schools;
        });
    }

    /** Polls the SMTP server until the child's batch is partly out. @return how many e-mails had arrived */
    private long waitForPartOfTheBatch(Process child, Path log, List<Long> emails) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Set<String> ours = emails.stream().map(String::valueOf).collect(Collectors.toSet());
        while (true) {
            long arrived = 0;
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                arrived += ours.contains(header(message)) ? 1 : 0;
            }
            if (arrived >= KILL_AFTER) {
                return arrived;
            }
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child sent nothing in time; its log ends:\n" + ChildJvm.tail(log));
            }
            ChildJvm.sleep(Duration.ofMillis(2));
        }
    }

    private Map<String, Long> statuses(List<Long> deliveries) {
        return jdbc.sql("SELECT status FROM reminder_delivery WHERE id IN (:ids)").param("ids", deliveries)
                .query(String.class).list().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The messages the SMTP server holds for these deliveries, by delivery. */
    private static Map<Long, List<MimeMessage>> received(List<Long> deliveries) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> header(m) != null && deliveries.contains(Long.valueOf(header(m))))
                .collect(Collectors.groupingBy(m -> Long.valueOf(header(m))));
    }

    private static String header(MimeMessage message) {
        try {
            return message.getHeader("X-SafeSchool-Delivery", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private void log(String what) {
        System.out.printf("[killed worker] %6d ms: %s%n", (System.nanoTime() - started) / 1_000_000, what);
    }
}
