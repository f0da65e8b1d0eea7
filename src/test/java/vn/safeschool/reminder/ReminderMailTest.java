package vn.safeschool.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.safeschool.Application;
import vn.safeschool.IntegrationTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.Shares;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;
import vn.safeschool.security.SystemTask;

/**
 * E-mail through a real SMTP server in the test JVM (GreenMail), with e-mail switched on and the scheduler polling:
 * the text that arrives, an SMTP outage, a delivery that fails for good, and two application instances on the same
 * database taking the scheduled reminders and the escalation digests exactly once. Each test makes a province of its
 * own (R6, R61, ...), outside Gia Lai, so the demo's numbers do not move and no test reads another's units, and
 * starts its own SMTP server, which holds that test's messages only; the campaigns are issued in 2020. Where a test
 * says that nothing more happens, it runs the timers' work once more itself (both instances') before it looks,
 * rather than sleeping for a while. The context is closed after the class, so its timers stop.
 */
@SpringBootTest(properties = {"safeschool.reminders.schedule.enabled=true", "safeschool.reminders.schedule.poll=1s",
    "safeschool.reminders.delivery.poll=1s", "safeschool.reminders.delivery.max-attempts=3",
    "spring.mail.host=127.0.0.1", "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=4000"})
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@IntegrationTest
class ReminderMailTest {

    /** The context's SMTP port, fixed for the class; each test starts and stops its own server on it. */
    private static final int SMTP_PORT = freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** The scheduled campaign's deadline: 11:00 on 20/11/2020 in Vietnam. */
    private static final Instant DEADLINE = LocalDateTime.of(2020, 11, 20, 11, 0).atZone(Zones.VIETNAM).toInstant();
    /** The other campaigns': a month earlier, so the schedule never takes their steps while this class moves time. */
    private static final Instant EARLIER = DEADLINE.minus(Duration.ofDays(30));

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
    ScheduledReminders schedule;
    @Autowired
    OrgService org;
    @Autowired
    AccountService accounts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DeclarationService declarations;
    @Autowired
    SystemTask system;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcClient jdbc;

    private Duration offsetBefore;
    private GreenMail smtp;

    @BeforeEach
    void startSmtpAndRememberTheClock() {
        offsetBefore = Duration.between(Instant.now(), clock.instant());
        smtp = startSmtp();
    }

    @AfterEach
    void stopSmtpAndRestoreTheClock() {
        smtp.stop();
        clock.travelTo(Instant.now().plus(offsetBefore));
    }

    /**
     * A province of its own under {@code code}: two district offices, four schools (three in the first), a principal
     * of the first school, the first office's admin (reading English), the department's staff member and leader.
     */
    private Map<String, OrgUnitInfo> province(String code) {
        Map<String, OrgUnitInfo> units = new HashMap<>();
        String mail = code.toLowerCase(Locale.ROOT);
        system.run(() -> {
            OrgUnitInfo department = unit(units, null, code, "Sở GDĐT Thử nghiệm Nhắc nhở", UnitKind.DEPARTMENT,
                    null);
            OrgUnitInfo first = unit(units, department, code + "01", "Phòng GDĐT Thử Một", UnitKind.DISTRICT_OFFICE,
                    "pgd." + mail + "01@thu.edu.vn");
            OrgUnitInfo second = unit(units, department, code + "02", "Phòng GDĐT Thử Hai", UnitKind.DISTRICT_OFFICE,
                    "pgd." + mail + "02@thu.edu.vn");
            unit(units, first, code + "010001", "Trường Tiểu học Hoa Sen", UnitKind.SCHOOL,
                    "c." + mail + "010001@thu.edu.vn");
            unit(units, first, code + "010002", "Trường Tiểu học Hoa Mai", UnitKind.SCHOOL,
                    "c." + mail + "010002@thu.edu.vn");
            unit(units, first, code + "010003", "Trường Mầm non Hoa Hồng", UnitKind.SCHOOL,
                    "c." + mail + "010003@thu.edu.vn");
            unit(units, second, code + "020001", "Trường THCS Ngọc Lan", UnitKind.SCHOOL,
                    "c." + mail + "020001@thu.edu.vn");
            account(mail + ".hieutruong", "Hiệu trưởng Hoa Sen", "ht." + mail + "010001@thu.edu.vn", Role.PRINCIPAL,
                    units.get(code + "010001"), "vi");
            account(mail + ".phong", "District admin One", "admin." + mail + "01@thu.edu.vn", Role.DISTRICT_ADMIN,
                    first, "en");
            account(mail + ".vanphong", "Chuyên viên Văn phòng Thử", "vp." + mail + "@thu.edu.vn",
                    Role.DEPARTMENT_STAFF, department, "vi");
            account(mail + ".lanhdao", "Lãnh đạo Sở Thử", "ld." + mail + "@thu.edu.vn", Role.DEPARTMENT_LEADER,
                    department, "vi");
        });
        return units;
    }

    @Test
    void an_email_reaches_the_smtp_server_in_vietnamese_with_the_unit_campaign_deadline_in_vietnam_time_and_link() {
        Map<String, OrgUnitInfo> units = province("R61");
        CampaignInfo campaign = campaign("R6-NN1", EARLIER, units.get("R61"));
        OrgUnitInfo school = units.get("R61010001");

        system.run(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(school.id()), declareTemplate())));
        List<Long> emails = emailDeliveries(campaign);
        await("the e-mails are sent", () -> status(emails).stream().allMatch("SENT"::equals));

        assertThat(emails).hasSize(2);
        MimeMessage principal = received(emails).get("ht.r61010001@thu.edu.vn");
        assertThat(subject(principal)).isEqualTo("Nhắc nhở khai báo theo văn bản R6-NN1: Trường Tiểu học Hoa Sen");
        assertThat(body(principal)).contains("Kính gửi Trường Tiểu học Hoa Sen", "văn bản số R6-NN1",
                "hạn hoàn thành tự đánh giá là 11:00 21/10/2020", "Tình trạng hiện tại của đơn vị: Chưa khai báo",
                "http://localhost:8080/schools/" + school.id() + "/declaration?campaign=" + campaign.id());
        assertThat(received(emails)).containsKey("c.r61010001@thu.edu.vn");
        assertThat(attempts(emails)).isEqualTo(2);
    }

    @Test
    void while_the_smtp_server_is_down_emails_stay_queued_with_each_attempt_logged_and_go_out_once_when_it_is_back() {
        Map<String, OrgUnitInfo> units = province("R62");
        CampaignInfo campaign = campaign("R6-NN2", EARLIER, units.get("R62"));
        smtp.stop();
        try {
            system.run(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(units.get("R62010002").id(),
                    units.get("R62010003").id()), declareTemplate())));
            List<Long> emails = emailDeliveries(campaign);
            await("a first attempt fails", () -> attempts(emails) >= 2);
            assertThat(status(emails)).containsOnly("QUEUED");
            assertThat(failedAttempts(emails)).isEqualTo(2);

            clock.advance(Duration.ofMinutes(1));
            await("a second attempt fails", () -> attempts(emails) >= 4);
            assertThat(status(emails)).containsOnly("QUEUED");
        } finally {
            smtp = startSmtp();
        }
        List<Long> emails = emailDeliveries(campaign);
        clock.advance(Duration.ofMinutes(2));
        await("the e-mails go out once the server is back", () -> {
            worker.deliverDue();
            return status(emails).stream().allMatch("SENT"::equals);
        });
        worker.deliverDue();
        assertThat(received(emails)).hasSize(2);
        assertThat(deliveryHeaders()).doesNotHaveDuplicates();
        assertThat(attempts(emails)).isEqualTo(6);
        assertThat(failedAttempts(emails)).isEqualTo(4);
    }

    @Test
    void an_email_failing_every_attempt_is_failed_for_good_and_the_sender_sees_it_in_the_log() {
        Map<String, OrgUnitInfo> units = province("R63");
        CampaignInfo campaign = campaign("R6-NN3", EARLIER, units.get("R63"));
        smtp.stop();
        try {
            system.run(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(units.get("R63020001").id()),
                    declareTemplate())));
            List<Long> emails = emailDeliveries(campaign);
            for (int attempt = 1; attempt <= 3; attempt++) {
                int expected = attempt;
                await("attempt " + attempt, () -> attempts(emails) >= expected);
                clock.advance(Duration.ofMinutes(5));
            }
            assertThat(status(emails)).containsOnly("FAILED");
            clock.advance(Duration.ofMinutes(30));
            worker.deliverDue();
            assertThat(attempts(emails)).isEqualTo(3);
        } finally {
            smtp = startSmtp();
        }
        ReminderLogEntry entry = system.call(() -> reminders.log(campaign.id(), 0, 5)).getFirst();
        assertThat(entry.failed()).isEqualTo(1);
        assertThat(system.call(() -> reminders.deliveries(entry.id()))).filteredOn(d -> d.channel() == Channel.EMAIL)
                .singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(d.lastError()).isNotBlank();
                });
    }

    @Test
    void two_instances_take_each_scheduled_reminder_and_digest_exactly_once_at_the_right_moments() throws Exception {
        Map<String, OrgUnitInfo> units = province("R6");
        CampaignInfo campaign = campaign("R6-LICH", DEADLINE, units.get("R6"));
        try (ConfigurableApplicationContext second = secondInstance()) {
            ScheduledReminders otherSchedule = second.getBean(ScheduledReminders.class);
            DeliveryWorker otherWorker = second.getBean(DeliveryWorker.class);
            // what both instances' timers would do next: once it has run, whatever they would double, they would have
            Callable<Void> bothRunAgain = () -> {
                CompletableFuture.allOf(CompletableFuture.supplyAsync(schedule::runDue),
                        CompletableFuture.supplyAsync(otherSchedule::runDue)).get();
                CompletableFuture.allOf(CompletableFuture.supplyAsync(worker::deliverDue),
                        CompletableFuture.supplyAsync(otherWorker::deliverDue)).get();
                return null;
            };

            clock.travelTo(DEADLINE.minus(Duration.ofHours(48)).plusSeconds(30));
            await("the 48 h reminders", () -> units(campaign, "before-48h") == 4);
            everyEmailSentBeforeTimeMovesOn(campaign);

            system.run(() -> declarations.importSubmission(units.get("R6010002").id(), campaign.id(), allMet(),
                    clock.instant(), null));
            clock.travelTo(DEADLINE.minus(Duration.ofHours(24)).plusSeconds(30));
            // both instances asked at the same moment, besides their timers: one takes the step, the other nothing
            CompletableFuture.allOf(CompletableFuture.supplyAsync(schedule::runDue),
                    CompletableFuture.supplyAsync(otherSchedule::runDue)).get();
            await("the 24 h reminders, not to the school that declared", () -> units(campaign, "before-24h") == 3);
            everyEmailSentBeforeTimeMovesOn(campaign);

            clock.travelTo(DEADLINE.minus(Duration.ofHours(2)).plusSeconds(30));
            await("the 2 h reminders", () -> units(campaign, "before-2h") == 3);
            everyEmailSentBeforeTimeMovesOn(campaign);

            clock.travelTo(DEADLINE.plus(Duration.ofMinutes(30)));
            bothRunAgain.call();
            assertThat(units(campaign, ScheduledReminders.ESCALATION_DISTRICT)).isZero();

            clock.travelTo(DEADLINE.plus(Duration.ofHours(1)).plusSeconds(30));
            await("the district digests", () -> units(campaign, ScheduledReminders.ESCALATION_DISTRICT) == 2);
            await("the department digest", () -> units(campaign, ScheduledReminders.ESCALATION_DEPARTMENT) == 1);

            List<Long> emails = emailDeliveries(campaign);
            await("every e-mail sent", () -> status(emails).stream().allMatch("SENT"::equals));
            bothRunAgain.call();
            assertThat(units(campaign, "before-48h")).isEqualTo(4);
            assertThat(units(campaign, "before-24h")).isEqualTo(3);
            assertThat(units(campaign, "before-2h")).isEqualTo(3);
            // 4 schools' contact addresses and the principal each step (4+1, 3+1, 3+1), the digests: R601's admin
            // and address, R602's address, the department's staff member
            assertThat(emails).hasSize(5 + 4 + 4 + 4);
            assertThat(deliveryHeaders()).doesNotHaveDuplicates()
                    .containsAll(emails.stream().map(String::valueOf).toList());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_attempt WHERE succeeded AND delivery_id IN (:ids)")
                    .param("ids", emails).query(Long.class).single()).isEqualTo(emails.size());
        }
        assertDigests(campaign);
    }

    private void assertDigests(CampaignInfo campaign) {
        List<Long> digests = jdbc.sql("""
                SELECT d.id FROM reminder_delivery d JOIN reminder r ON r.id = d.reminder_id
                WHERE r.campaign_id = ? AND r.kind = 'ESCALATION' AND d.channel = 'EMAIL'""")
                .param(campaign.id()).query(Long.class).list();
        Map<String, MimeMessage> byAddress = received(digests);
        assertThat(byAddress).containsOnlyKeys("admin.r601@thu.edu.vn", "pgd.r601@thu.edu.vn", "pgd.r602@thu.edu.vn",
                "vp.r6@thu.edu.vn");
        // the district admin reads English, the office's address Vietnamese; R6010002 declared, so it is not listed
        assertThat(subject(byAddress.get("admin.r601@thu.edu.vn")))
                .isEqualTo("R6-LICH is past its deadline: 2 schools of Phòng GDĐT Thử Một not declared or unsafe");
        assertThat(body(byAddress.get("pgd.r601@thu.edu.vn"))).contains("R6010001 Trường Tiểu học Hoa Sen: Chưa khai báo",
                "R6010003 Trường Mầm non Hoa Hồng: Chưa khai báo").doesNotContain("R6010002");
        assertThat(body(byAddress.get("vp.r6@thu.edu.vn"))).contains(
                "Phòng GDĐT Thử Một: " + Shares.format(1, 3, Translations.VIETNAMESE) + " (1/3)",
                "Phòng GDĐT Thử Hai: " + Shares.format(0, 1, Translations.VIETNAMESE) + " (0/1)", "dưới 95 %");
        // in the inbox: the staff member and the district admin, never the leader
        List<String> inbox = jdbc.sql("""
                SELECT u.username FROM reminder_delivery d JOIN reminder r ON r.id = d.reminder_id
                JOIN app_user u ON u.id = d.recipient_user_id
                WHERE r.campaign_id = ? AND r.kind = 'ESCALATION' AND d.channel = 'INBOX' ORDER BY u.username""")
                .param(campaign.id()).query(String.class).list();
        assertThat(inbox).containsExactly("r6.phong", "r6.vanphong");
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                "--safeschool.reminders.schedule.enabled=true", "--safeschool.reminders.schedule.poll=1s",
                "--safeschool.reminders.delivery.poll=1s", "--safeschool.reminders.delivery.max-attempts=3",
                "--spring.main.banner-mode=off");
    }

    private CampaignInfo campaign(String number, Instant deadline, OrgUnitInfo department) {
        return system.call(() -> campaigns.create(new NewCampaign(number, "Thử nghiệm nhắc nhở",
                LocalDate.of(2020, 10, 1), LocalDateTime.ofInstant(deadline, Zones.VIETNAM), department.id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
    }

    private long declareTemplate() {
        return templates.byCode("declare").id();
    }

    private OrgUnitInfo unit(Map<String, OrgUnitInfo> units, OrgUnitInfo parent, String code, String name,
            UnitKind kind, String email) {
        boolean school = kind == UnitKind.SCHOOL;
        OrgUnitInfo unit = org.create(new NewOrgUnit(parent == null ? null : parent.id(), code, name, null, kind,
                school ? InstitutionType.PRIMARY : null, school ? Ownership.PUBLIC : null, email));
        units.put(code, unit);
        return unit;
    }

    private void account(String username, String name, String email, Role role, OrgUnitInfo unit, String language) {
        accounts.create(new NewAccount(username, "Nhắc-nhở-thử-2020!", name, email, null, role, unit.id(),
                Locale.of(language)));
    }

    private List<Long> emailDeliveries(CampaignInfo campaign) {
        return jdbc.sql("""
                SELECT d.id FROM reminder_delivery d JOIN reminder r ON r.id = d.reminder_id
                WHERE r.campaign_id = ? AND d.channel = 'EMAIL' ORDER BY d.id""")
                .param(campaign.id()).query(Long.class).list();
    }

    /**
     * Hours pass between the steps, and the test jumps them: a jump while an instance is still sending would make
     * its claims look expired to the other (the lease is 2 minutes), which then sends them again — the case of an
     * instance that died mid-send, not the one this test is about.
     */
    private void everyEmailSentBeforeTimeMovesOn(CampaignInfo campaign) {
        await("the step's e-mails sent", () -> status(emailDeliveries(campaign)).stream().allMatch("SENT"::equals));
    }

    private List<String> status(List<Long> deliveries) {
        return deliveries.isEmpty() ? List.of("NONE") : jdbc.sql("SELECT status FROM reminder_delivery WHERE id IN (:ids)")
                .param("ids", deliveries).query(String.class).list();
    }

    private long attempts(List<Long> deliveries) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_attempt WHERE delivery_id IN (:ids)").param("ids", deliveries)
                .query(Long.class).single();
    }

    private long failedAttempts(List<Long> deliveries) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_attempt WHERE delivery_id IN (:ids) AND NOT succeeded")
                .param("ids", deliveries).query(Long.class).single();
    }

    private long units(CampaignInfo campaign, String step) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_unit WHERE campaign_id = ? AND step = ?")
                .param(campaign.id()).param(step).query(Long.class).single();
    }

    /** The messages this test's SMTP server holds for these deliveries, by recipient address. */
    private Map<String, MimeMessage> received(List<Long> deliveries) {
        Map<String, MimeMessage> found = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String id = header(message);
            if (id != null && deliveries.contains(Long.valueOf(id))) {
                try {
                    found.put(message.getAllRecipients()[0].toString(), message);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }

    private List<String> deliveryHeaders() {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(header(message));
        }
        return ids;
    }

    private static String header(MimeMessage message) {
        try {
            return message.getHeader("X-SafeSchool-Delivery", null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Integer, AnswerInput> allMet() {
        Map<Integer, AnswerInput> answers = new HashMap<>();
        for (int n = 1; n <= 15; n++) {
            answers.put(n, AnswerInput.yes());
        }
        return answers;
    }

    private static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(condition);
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
