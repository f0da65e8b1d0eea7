package vn.safeschool.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.safeschool.Application;

/**
 * The hour before a deadline: many principals submit and correct their school's declaration at once while the
 * department watches the rollups. Drives the real services (validation, row lock, history, audit) of a whole
 * application started against the embedded MariaDB, then counts what the database holds. Prints figures, asserts
 * nothing about time. A plain main class, not a test: see docs/benchmarks.md for the command.
 *
 * <p>Arguments: {@code gialai} (the demo province, 882 institutions) or {@code national} (50,000). Settings, as
 * system properties: {@code rush.threads} (principals submitting at once, 64), {@code rush.readers} (department
 * users reading rollups meanwhile, 2), {@code rush.read-pause} (milliseconds a reader waits between two reads,
 * 500), {@code rush.schools} (how many schools take part, 0 = all),
 * {@code rush.updates} (corrections after each first submission, 1), {@code rush.sign-ins} (password sign-ins timed
 * on their own, 128), {@code rush.warmup} (schools that first submit and correct nine times on a warm-up
 * campaign, 2000),
 * {@code rush.rounds} (how often to measure, 1), {@code rush.rate} (a round measures the principals first as fast
 * as they can, then once more on a schedule of this many submissions a second, 300; 0: only the first).
 * {@code rush.buffer-pool} (the embedded server's InnoDB buffer pool, e.g. 1G; default: the server's 128 MB).
 * {@code SAFESCHOOL_BENCH_DIR} overrides the data directory.
 */
public final class DeadlineRush {

    /** Where the data comes from, the units the readers look at. */
    enum Dataset {
        GIALAI("demo", "data/bench-rush-gialai", "38", "3801", 20, 30),
        NATIONAL("national", "data/bench-rush-national", "BGDDT", "P01D01", 100, 30);

        final String profile;
        final String dataDir;
        final String rootCode;
        final String districtCode;
        final double rootTargetMillis;
        final double districtTargetMillis;

        Dataset(String profile, String dataDir, String rootCode, String districtCode, double rootTargetMillis,
                double districtTargetMillis) {
            this.profile = profile;
            this.dataDir = dataDir;
            this.rootCode = rootCode;
            this.districtCode = districtCode;
            this.rootTargetMillis = rootTargetMillis;
            this.districtTargetMillis = districtTargetMillis;
        }
    }

    record Settings(int threads, int readers, int readPauseMillis, int schools, int updates, int signIns,
            int warmup, int rounds, int rate) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("rush.threads", 64), Integer.getInteger("rush.readers", 2),
                    Integer.getInteger("rush.read-pause", 500), Integer.getInteger("rush.schools", 0),
                    Integer.getInteger("rush.updates", 1), Integer.getInteger("rush.sign-ins", 128),
                    Integer.getInteger("rush.warmup", 2000), Integer.getInteger("rush.rounds", 1),
                    Integer.getInteger("rush.rate", 300));
        }
    }

    private DeadlineRush() {
    }

    public static void main(String[] args) {
        Dataset dataset = Dataset.valueOf((args.length == 0 ? "gialai" : args[0]).toUpperCase(Locale.ROOT));
        Settings settings = Settings.fromSystemProperties();
        String dir = System.getenv().getOrDefault("SAFESCHOOL_BENCH_DIR", dataset.dataDir);
        print("machine: %d cores, load average %s", Runtime.getRuntime().availableProcessors(), loadAverage());
        long started = System.nanoTime();
        int exit = 0;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles(dataset.profile)
                // as arguments: they must win over the test classpath's throwaway-database settings
                .run("--server.port=0", "--safeschool.embedded-db.port=0",
                        "--safeschool.embedded-db.data-dir=" + dir + "/mariadb",
                        "--safeschool.embedded-db.buffer-pool=" + System.getProperty("rush.buffer-pool", ""),
                        "--logging.level.root=WARN",
                        "--logging.level.vn.safeschool=INFO")) {
            print("application started in %.1f s (data: %s, connection pool: %d)",
                    (System.nanoTime() - started) / 1e9, dir,
                    app.getBean(HikariDataSource.class).getMaximumPoolSize());
            boolean clean = new RushRun(app, dataset, settings).run();
            exit = clean ? 0 : 1;
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 2;
        }
        print("load average at the end %s", loadAverage());
        System.exit(exit);
    }

    static void print(String format, Object... args) {
        System.out.println("RUSH " + format.formatted(args));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
