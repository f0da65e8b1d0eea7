package vn.safeschool.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the production jar with the demo profile, as an operator would, and prints how long until the sign-in
 * page answers and how much heap the idle application uses after a full collection (read with {@code jcmd}). Starts
 * it twice: the first start on an empty data directory also creates the database and loads the demo province.
 * A plain main class: see docs/benchmarks.md for the command.
 *
 * <p>Arguments: the jar (default {@code target/safeschool-0.1.0-SNAPSHOT.jar}); system properties
 * {@code startup.port} (8191), {@code startup.db-port} (3391), {@code startup.dir} (data/bench-startup),
 * {@code startup.jvm-args} (extra JVM options, e.g. -Xmx512m).
 */
public final class StartupProbe {

    private static final Pattern HEAP_USED = Pattern.compile("(?:committed|total) (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "target/safeschool-0.1.0-SNAPSHOT.jar";
        int port = Integer.getInteger("startup.port", 8191);
        String dir = System.getProperty("startup.dir", "data/bench-startup");
        boolean fresh = !new File(dir).exists();
        System.out.printf("STARTUP machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                DeadlineRush.loadAverage());
        for (int run = 1; run <= 2; run++) {
            probe(run == 1 && fresh ? "first start (creates the database, loads the demo)" : "restart", jar, port,
                    dir);
        }
    }

    private static void probe(String what, String jar, int port, String dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        String extra = System.getProperty("startup.jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "--server.port=" + port, "--spring.profiles.active=demo"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(dir + "-" + port + ".log"));
        builder.environment().put("SAFESCHOOL_EMBEDDED_DB_PORT", System.getProperty("startup.db-port", "3391"));
        builder.environment().put("SAFESCHOOL_EMBEDDED_DB_DIR", dir + "/mariadb");
        new File(dir).mkdirs();
        long started = System.nanoTime();
        Process app = builder.start();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            double seconds = awaitSignInPage(http, port, app, started);
            Thread.sleep(10_000); // idle: nobody signed in
            String heap = jcmd(app.pid(), "GC.run") + jcmd(app.pid(), "GC.heap_info");
            Matcher used = HEAP_USED.matcher(heap);
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc/" + app.pid() + "/status")));
            boolean heapRead = used.find();
            System.out.printf("STARTUP %-52s sign-in page after %5.1f s; idle heap after full GC %s MB of %s MB"
                    + " committed; resident %s MB%n", what, seconds,
                    heapRead ? Long.parseLong(used.group(2)) / 1024 : "?",
                    heapRead ? Long.parseLong(used.group(1)) / 1024 : "?",
                    rss.find() ? Long.parseLong(rss.group(1)) / 1024 : "?");
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static double awaitSignInPage(HttpClient http, int port, Process app, long started)
            throws InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        while (app.isAlive()) {
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application stopped before serving the sign-in page, exit "
                + app.exitValue());
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }
}
