package vn.safeschool.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.ChildJvm;
import vn.safeschool.IntegrationTest;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;
import vn.safeschool.unitimport.ImportFixture;
import vn.safeschool.unitimport.ImportResult;
import vn.safeschool.unitimport.ImportService;

/**
 * The application is killed (SIGKILL) while it applies a reorganisation: the apply runs in a JVM of its own
 * ({@link ReorganisationInAnotherProcess}) and is killed once a dirty read shows the new communes written and some
 * accounts already moved inside its open transaction. Nothing of it may remain — no commune, no moved school or
 * account, no version, no notice, the event still a draft — and the same draft must then apply in full. It works on
 * a test department of its own (the import tests' one), so that whatever it leaves behind touches no other test.
 */
@SafeSchoolTest
@IntegrationTest
class ReorganisationKilledMidwayTest {

    private static final String CHILD_USER = "reorg_child";
    private static final int SCHOOLS = 400;
    /** Each moved account is audited, its sessions ended and its person told: they keep the transaction open. */
    private static final int ADMINS = 600;
    private static final Duration CHILD_PATIENCE = Duration.ofMinutes(6);

    @Autowired
    ReorganisationService reorganisations;
    @Autowired
    ImportService imports;
    @Autowired
    OrgService org;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    java.time.Clock clock;
    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;
    @Autowired
    Environment environment;
    @TempDir
    Path scratch;

    private final long started = System.nanoTime();

    @AfterEach
    void signOut() {
        ImportFixture.signOut(contexts);
    }

    @Test
    void a_reorganisation_killed_midway_leaves_nothing_behind_and_the_same_draft_then_applies_in_full()
            throws Exception {
        ImportFixture.ensureTestDepartment(system, org, accounts);
        ImportFixture.signIn(ImportFixture.STAFF, users, contexts);
        OrgUnitInfo office = officeWithSchoolsAndAdmins();
        ReorgSummary draft = reorganisations.draft("Thử tắt ngang", clock.instant(), split(office), null);
        Path log = scratch.resolve("child.log");
        ChildJvm.createAccount(jdbc, CHILD_USER);
        Process child = ChildJvm.start(scratch, log, "768m", ReorganisationInAnotherProcess.class,
                ChildJvm.databaseUrl(embedded, environment), CHILD_USER, String.valueOf(draft.id()),
                String.valueOf(draft.version()));
        Progress atKill;
        try {
            atKill = waitUntilMidway(child, log, office);
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        log("child killed with %d communes and %d accounts moved in its open transaction".formatted(atKill.communes(),
                atKill.movedAccounts()));
        assertThat(atKill.communes()).isEqualTo(2);
        assertThat(atKill.movedAccounts()).isBetween(1L, ADMINS - 1L);

        ChildJvm.awaitDisconnected(jdbc, CHILD_USER, Duration.ofMinutes(2));
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'TKR-X%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE parent_id = " + office.id())).isEqualTo(SCHOOLS);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'tkr.admin%' AND home_unit_id = "
                + office.id())).isEqualTo(ADMINS);
        assertThat(count("SELECT COUNT(*) FROM org_unit_version WHERE event_id = " + draft.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM reorg_account WHERE event_id = " + draft.id())).isZero();
        assertThat(reorganisations.find(draft.id()).orElseThrow().status()).isEqualTo(ReorgStatus.DRAFT);
        log("the server rolled the reorganisation back");

        // the same draft applies in full — in a transaction rolled back afterwards, so that the test leaves it a draft
        transaction.executeWithoutResult(status -> {
            ReorgSummary applied = reorganisations.apply(draft.id(), draft.version());
            assertThat(applied.status()).isEqualTo(ReorgStatus.APPLIED);
            assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'TKR-X%'")).isEqualTo(2);
            assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'tkr.admin%' AND home_unit_id = "
                    + office.id())).isZero();
            status.setRollbackOnly();
        });
        log("the same draft applied in full");
    }

    /** The office TKR under the test department, its schools (imported) and its admins (written directly). */
    private OrgUnitInfo officeWithSchoolsAndAdmins() {
        OrgUnitInfo existing = org.findByCode("TKR").orElse(null);
        if (existing == null) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TKR", "Phòng GDĐT thử sắp xếp", "Phòng GDĐT", "", ImportFixture.DEPARTMENT, "", "", ""));
            for (int i = 1; i <= SCHOOLS; i++) {
                rows.add(List.of("TKR-%04d".formatted(i), "Trường thử sắp xếp số %d".formatted(i), "Tiểu học",
                        "Công lập", "TKR", "", "", ""));
            }
            ImportResult result = imports.commit("tkr.csv", ImportFixture.utf8(ImportFixture.csv(
                    ImportFixture.VIETNAMESE_HEADER, rows)));
            assertThat(result.created()).isEqualTo(SCHOOLS + 1);
            existing = org.findByCode("TKR").orElseThrow();
            long home = existing.id();
            for (int i = 1; i <= ADMINS; i++) {
                jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, full_name, role, home_unit_id, locale, enabled)
                        VALUES (:username, '{noop}-', :name, 'DISTRICT_ADMIN', :home, 'vi', TRUE)""")
                        .param("username", "tkr.admin" + i).param("name", "Cán bộ thử " + i).param("home", home)
                        .update();
            }
        }
        return existing;
    }

    /** TKR split into two communes under the department, its schools dealt out between them. */
    private static Restructuring split(OrgUnitInfo office) {
        List<Step> steps = new ArrayList<>();
        int line = 1;
        for (int c = 1; c <= 2; c++) {
            steps.add(new Step(line++, Action.CREATE, null, "TKR-X" + c, ImportFixture.DEPARTMENT,
                    "UBND xã thử " + c, UnitKind.COMMUNE, null, null));
        }
        for (int c = 1; c <= 2; c++) {
            steps.add(new Step(line++, Action.SPLIT, office.code(), "TKR-X" + c, null, null, null, null, null));
        }
        for (int i = 1; i <= SCHOOLS; i++) {
            steps.add(new Step(line++, Action.MOVE, "TKR-%04d".formatted(i), null, "TKR-X" + (1 + i % 2), null,
                    null, null, null));
        }
        return new Restructuring(steps);
    }

    private Progress waitUntilMidway(Process child, Path log, OrgUnitInfo office) throws SQLException, IOException {
        long deadline = System.nanoTime() + CHILD_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the child ended before it was killed:\n" + ChildJvm.tail(log));
            }
            Progress progress = progress(office);
            if (progress.communes() == 2 && progress.movedAccounts() > 0) {
                return progress;
            }
            ChildJvm.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("the reorganisation did not get midway in " + CHILD_PATIENCE + ":\n"
                + ChildJvm.tail(log));
    }

    /** What the child's open transaction has written so far: a dirty read. */
    private Progress progress(OrgUnitInfo office) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT (SELECT COUNT(*) FROM org_unit WHERE code LIKE 'TKR-X%'),
                           (SELECT COUNT(*) FROM app_user WHERE username LIKE 'tkr.admin%' AND home_unit_id <> ?)""")) {
                query.setLong(1, office.id());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new Progress(row.getLong(1), row.getLong(2));
                }
            }
        }
    }

    private record Progress(long communes, long movedAccounts) {
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void log(String what) {
        System.out.printf("[killed reorganisation] %6d ms: %s%n", (System.nanoTime() - started) / 1_000_000, what);
    }
}
