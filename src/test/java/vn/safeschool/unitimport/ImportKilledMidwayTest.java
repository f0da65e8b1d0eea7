package vn.safeschool.unitimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

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
import vn.safeschool.ChildJvm;
import vn.safeschool.IntegrationTest;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;

/**
 * The application is killed (SIGKILL) in the middle of an import: the commit runs in a JVM of its own
 * ({@link ImportInAnotherProcess}) against the suite's database, and is killed once a dirty read shows its units and
 * some of its principals' accounts written inside the open transaction. Nothing of it may remain, and the same file
 * must then import in full. The child connects under a database account of its own (created for it), by which the
 * test tells the import's transaction from its own in {@code information_schema.innodb_trx}.
 */
@SafeSchoolTest
@IntegrationTest
class ImportKilledMidwayTest {

    private static final String CHILD_USER = "import_child";
    private static final int SCHOOLS = 10_000;
    /** Each principal's account costs a bcrypt hash: they keep the transaction open after the units are written. */
    private static final int PRINCIPALS = 20;
    private static final Duration CHILD_PATIENCE = Duration.ofMinutes(6);

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
    void an_import_killed_midway_leaves_no_unit_no_account_and_no_audit_entry_and_the_same_file_then_imports_in_full()
            throws Exception {
        ImportFixture.ensureTestDepartment(system, org, accounts);
        Path file = scratch.resolve("tkill.xlsx");
        Files.write(file, ImportFixture.xlsx(VIETNAMESE_HEADER, rows()));
        Path log = scratch.resolve("child.log");
        ChildJvm.createAccount(jdbc, CHILD_USER);
        Process child = ChildJvm.start(scratch, log, "768m", ImportInAnotherProcess.class,
                ChildJvm.databaseUrl(embedded, environment), CHILD_USER, file.toString());
        Progress atKill;
        try {
            atKill = waitUntilMidway(child, log);
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        log("child killed with %d units and %d accounts written in its open transaction (%d rows modified)"
                .formatted(atKill.units(), atKill.accounts(), atKill.rowsModified()));
        assertThat(atKill.units()).isEqualTo(SCHOOLS + 1);
        assertThat(atKill.accounts()).isBetween(1L, PRINCIPALS - 1L);
        assertThat(atKill.rowsModified()).isGreaterThan(SCHOOLS);

        ChildJvm.awaitDisconnected(jdbc, CHILD_USER, Duration.ofMinutes(2));
        log("the server rolled the import back");
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'TKILL%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'ht.tkill-%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE target = 'import:tkill.xlsx'")).isZero();

        ImportFixture.signIn(ImportFixture.STAFF, users, contexts);
        // the commit checks the file again first: a unit or account left over would be a problem of its row
        ImportResult result = imports.commit("tkill.xlsx", Files.readAllBytes(file));
        log("the same file imported in full");
        assertThat(result.created()).isEqualTo(SCHOOLS + 1);
        assertThat(result.passwords()).hasSize(PRINCIPALS);
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'TKILL%'")).isEqualTo(SCHOOLS + 1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE target = 'import:tkill.xlsx'")).isEqualTo(1);
    }

    /** A new district office under the test department and its schools; the first ones with a principal. */
    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TKILL", "Phòng GDĐT thử tắt ngang", "Phòng GDĐT", "", ImportFixture.DEPARTMENT, "", "", ""));
        for (int i = 1; i <= SCHOOLS; i++) {
            boolean principal = i <= PRINCIPALS;
            rows.add(List.of("TKILL-%05d".formatted(i), "Trường thử tắt ngang số %d".formatted(i), "Tiểu học",
                    "Công lập", "TKILL", principal ? "Hiệu trưởng số " + i : "",
                    principal ? "ht%d@tkill.example.vn".formatted(i) : "", ""));
        }
        return rows;
    }

    /**
     * Polls until the import's open transaction (in {@code innodb_trx}, by the child's user) has written all its units
     * and is writing its accounts.
     */
    private Progress waitUntilMidway(Process child, Path log) throws SQLException, IOException {
        long deadline = System.nanoTime() + CHILD_PATIENCE.toNanos();
        boolean committing = false;
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the import process ended before it was killed:\n" + ChildJvm.tail(log));
            }
            if (!committing && Files.readString(log).contains(ImportInAnotherProcess.STARTING_COMMIT)) {
                committing = true;
                log("child started, committing");
            }
            Progress progress = progress();
            if (progress.units() == SCHOOLS + 1 && progress.accounts() > 0 && progress.rowsModified() > 0) {
                return progress;
            }
            // InnoDB refreshes innodb_trx only when it was not read for 0.1 s: asked more often, it never changes
            ChildJvm.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("the import did not get midway in " + CHILD_PATIENCE + ":\n" + ChildJvm.tail(log));
    }

    /** What the child's open transaction has written so far: a dirty read. */
    private Progress progress() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT (SELECT COUNT(*) FROM org_unit WHERE code LIKE 'TKILL%'),
                           (SELECT COUNT(*) FROM app_user WHERE username LIKE 'ht.tkill-%'),
                           (SELECT COALESCE(MAX(t.trx_rows_modified), 0) FROM information_schema.innodb_trx t
                              JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
                             WHERE p.user = ?)""")) {
                query.setString(1, CHILD_USER);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new Progress(row.getLong(1), row.getLong(2), row.getLong(3));
                }
            }
        }
    }

    private record Progress(long units, long accounts, long rowsModified) {
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void log(String what) {
        System.out.printf("[killed import] %6d ms: %s%n", (System.nanoTime() - started) / 1_000_000, what);
    }
}
