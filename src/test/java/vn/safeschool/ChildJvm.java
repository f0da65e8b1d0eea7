package vn.safeschool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.base.db.EmbeddedMariaDb;

/**
 * The application in a JVM of its own against the suite's database, for the tests that kill it (SIGKILL) in the
 * middle of its work. The child connects under a database account of its own ({@link #createAccount}), by which
 * the test finds its connections and transactions.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code main} with the test class path, its output in {@code log}. */
    public static Process start(Path scratch, Path log, String maxHeap, Class<?> main, String... arguments)
            throws IOException {
        // the class path in a file of arguments: far longer than a command line may comfortably be
        Path classPath = scratch.resolve("child.args");
        Files.writeString(classPath, "-cp \"" + System.getProperty("java.class.path") + "\"\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Xmx" + maxHeap, "@" + classPath, main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The child's application arguments: the given database as the given user, no migration, no web port. */
    public static String[] onDatabase(String url, String user, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + passwordOf(user),
                "--spring.liquibase.enabled=false",
                "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect", "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false"));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /**
     * An account for a child on the suite's database, with every privilege (the child runs the application), its
     * password known to both sides ({@link #passwordOf}). The embedded server checks grants like any other.
     */
    public static void createAccount(JdbcClient jdbc, String user) {
        String account = "'" + user + "'@'127.0.0.1'";
        jdbc.sql("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + passwordOf(user) + "'").update();
        jdbc.sql("GRANT ALL PRIVILEGES ON *.* TO " + account).update();
    }

    /** A child account's password: a test's own, never a secret. */
    static String passwordOf(String user) {
        return user + "-Child-2026";
    }

    /** The suite's database: the embedded server, or the one SAFESCHOOL_TEST_DB_URL names. */
    public static String databaseUrl(ObjectProvider<EmbeddedMariaDb> embedded, Environment environment) {
        EmbeddedMariaDb server = embedded.getIfAvailable();
        return server != null ? server.jdbcUrl() : environment.getRequiredProperty("spring.datasource.url");
    }

    /**
     * Waits until the server has noticed that the killed child's connections are closed — it then rolls back what
     * they had not committed.
     */
    public static void awaitDisconnected(JdbcClient jdbc, String user, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM information_schema.processlist WHERE user = ?").param(user)
                .query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the killed process's connections are still open");
            }
            sleep(Duration.ofMillis(100));
        }
    }

    /** The last lines of the child's output, for a failure message. */
    public static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
