package vn.safeschool.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Heap kept per signed-in person: N sessions sign in through the real sign-in form over HTTP and open the dashboard,
 * then the oversight grid — in the same tab (a click on the menu: one UI), or with {@code -Dmemory.tabs=2} in a
 * second tab (two UIs) — then the used heap after a full collection is compared with before. Run on purpose: see
 * docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-memory}/mariadb",
            // development mode only: a Throwable kept for where each component was created and attached (for the
            // IDE plugins), about 3.5 MB a session here; production mode has none
            "vaadin.devmode.componentTracker.enabled=${memory.component-tracker:false}"})
@ActiveProfiles("demo")
class SessionMemoryBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String password;

    @Test
    void prints_the_heap_each_signed_in_session_keeps() throws Exception {
        int sessions = Integer.getInteger("memory.sessions", 100);
        String user = System.getProperty("memory.user", "lanhdao");
        int tabs = Integer.getInteger("memory.tabs", 1);
        try (HttpClient http = HttpClient.newHttpClient()) {
            // the first sessions load classes and fill caches: not what a session costs
            open(http, user, 10, tabs);
            check(new VaadinHttpSession(http, port).signIn(user, password));
            long before = usedAfterFullGc();
            long started = System.nanoTime();
            List<VaadinHttpSession> measured = open(http, user, sessions, tabs);
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedAfterFullGc();
            System.out.printf("BENCH memory    %d sessions of %s (dashboard, then the oversight grid %s), opened"
                    + " in %.1f s%n", measured.size(), user, tabs == 1 ? "in the same tab" : "in a second tab",
                    seconds);
            System.out.printf("BENCH memory    heap used after full GC: before %.1f MB, after %.1f MB%n",
                    before / 1e6, after / 1e6);
            System.out.printf("BENCH memory    retained per session: %.0f kB (target ≤ 1024 kB)%n",
                    (after - before) / 1024.0 / sessions);
            if (Boolean.getBoolean("memory.histogram")) {
                // what the sessions hold, largest classes first: where to look when the figure grows
                String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
                histogram.lines().limit(45).forEach(line -> System.out.println("BENCH histogram " + line));
            }
        }
    }

    private List<VaadinHttpSession> open(HttpClient http, String user, int count, int tabs) {
        List<VaadinHttpSession> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VaadinHttpSession session = new VaadinHttpSession(http, port).signIn(user, password);
            VaadinHttpSession.Tab tab = session.open("");
            if (tabs == 1) {
                tab.navigate("oversight");
            } else {
                session.open("oversight");
            }
            open.add(session);
        }
        return open;
    }

    /** The views really opened with their numbers: the dashboard's cards and the grid's province row. */
    private void check(VaadinHttpSession session) {
        VaadinHttpSession.Tab tab = session.open("");
        String dashboard = tab.lastAnswer();
        String oversight = tab.navigate("oversight");
        System.out.printf("BENCH memory    dashboard UIDL %d chars, contains card-safe: %s; oversight UIDL %d chars,"
                + " contains Pleiku: %s%n", dashboard.length(), dashboard.contains("card-safe"), oversight.length(),
                oversight.contains("Pleiku"));
    }

    private static long usedAfterFullGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
