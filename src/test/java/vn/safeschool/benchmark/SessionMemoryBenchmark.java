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
 * Heap kept per signed-in person: N sessions sign in through the real sign-in form over HTTP and open the dashboard
 * and the oversight grid (each a UI, as two browser tabs), then the used heap after a full collection is compared
 * with before. Run on purpose: see docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-memory}/mariadb")
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
        try (HttpClient http = HttpClient.newHttpClient()) {
            // the first sessions load classes and fill caches: not what a session costs
            List<VaadinHttpSession> warm = open(http, user, 10);
            check(warm.getFirst());
            long before = usedAfterFullGc();
            long started = System.nanoTime();
            List<VaadinHttpSession> measured = open(http, user, sessions);
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedAfterFullGc();
            System.out.printf("BENCH memory    %d sessions of %s (dashboard + oversight grid), opened in %.1f s%n",
                    measured.size(), user, seconds);
            System.out.printf("BENCH memory    heap used after full GC: before %.1f MB, after %.1f MB%n",
                    before / 1e6, after / 1e6);
            System.out.printf("BENCH memory    retained per session: %.0f kB (target ≤ 1024 kB)%n",
                    (after - before) / 1024.0 / sessions);
        }
    }

    private List<VaadinHttpSession> open(HttpClient http, String user, int count) {
        List<VaadinHttpSession> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VaadinHttpSession session = new VaadinHttpSession(http, port).signIn(user, password);
            session.open("");
            session.open("oversight");
            open.add(session);
        }
        return open;
    }

    /** The views really opened with their numbers: the dashboard's cards and the grid's province row. */
    private void check(VaadinHttpSession session) {
        String dashboard = session.open("");
        String oversight = session.open("oversight");
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
