package vn.safeschool.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.benchmark.DeadlineRush.Dataset;
import vn.safeschool.benchmark.DeadlineRush.Settings;
import vn.safeschool.benchmark.RushSetup.School;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.security.SystemTask;

/**
 * One run: set up, warm up on a campaign of its own, time password sign-ins on their own, then the rush — writers
 * as the schools' principals, readers as a department leader — then the same reads on a quiet machine and the
 * count.
 */
final class RushRun {

    private static final Comparator<UnitRollup> BY_NAME = Comparator.comparing(r -> r.unit().name());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ApplicationContext app;
    private final Dataset dataset;
    private final Settings settings;
    private final DeclarationService declarations;
    private final RollupService rollups;
    private final UserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts;
    private final JdbcClient jdbc;

    RushRun(ApplicationContext app, Dataset dataset, Settings settings) {
        this.app = app;
        this.dataset = dataset;
        this.settings = settings;
        this.declarations = app.getBean(DeclarationService.class);
        this.rollups = app.getBean(RollupService.class);
        this.userDetails = app.getBean(UserDetailsService.class);
        this.contexts = app.getBean(SecurityContextHolderStrategy.class);
        this.jdbc = app.getBean(JdbcClient.class);
    }

    /** @return true when nothing failed and nothing was lost */
    boolean run() {
        RushSetup setup = new RushSetup(app);
        long root = setup.unitId(dataset.rootCode);
        long district = setup.unitId(dataset.districtCode);
        long started = System.nanoTime();
        int created = setup.accounts(root);
        List<School> schools = setup.schools(root, settings.schools());
        DeadlineRush.print("%s: %d schools take part, %d accounts created (%.1f s); %d writers, %d readers, "
                + "%d correction(s) each", dataset, schools.size(), created, (System.nanoTime() - started) / 1e9,
                settings.threads(), settings.readers(), settings.updates());
        List<Integer> criteria = app.getBean(SystemTask.class).call(() -> app.getBean(ChecklistService.class)
                .find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().criteria().stream()
                .map(CriterionInfo::number).toList());

        CampaignInfo warmup = setup.campaign("RUSH-WARMUP", root);
        // long enough for the JIT to compile the save path: nine corrections a school
        Outcome warm = rush(schools.subList(0, Math.min(settings.warmup(), schools.size())), warmup.id(), criteria,
                root, district, 9, Pace.asFastAsPossible());
        DeadlineRush.print("warm-up: %d submissions at %.0f/s", warm.acknowledged(), warm.perSecond());

        signIns(schools.subList(0, Math.min(settings.signIns(), schools.size())));

        boolean clean = true;
        for (int round = 1; round <= settings.rounds(); round++) {
            clean &= measured(round, Pace.asFastAsPossible(), setup.campaign("RUSH", root), schools, criteria, root,
                    district);
            if (settings.rate() > 0) {
                clean &= measured(round, Pace.perSecond(settings.rate()), setup.campaign("RUSH", root), schools,
                        criteria, root, district);
            }
        }
        return clean;
    }

    /** One measured rush on a fresh campaign, its figures and its count. */
    private boolean measured(int round, Pace pace, CampaignInfo campaign, List<School> schools,
            List<Integer> criteria, long root, long district) {
        Outcome outcome = rush(schools, campaign.id(), criteria, root, district, settings.updates(), pace);
        DeadlineRush.print("round %d, %s, campaign %s: %d submissions acknowledged in %.1f s = %.0f submissions/s "
                + "(target ≥ 300)", round, pace.scheduled() ? "paced at " + settings.rate() + "/s"
                        : "as fast as they can", campaign.docNumber(), outcome.acknowledged(), outcome.seconds(),
                outcome.perSecond());
        DeadlineRush.print("submit latency: %s (target p99 ≤ 150 ms)", outcome.writes().describe());
        printCpu(outcome);
        DeadlineRush.print("errors: %d%s", outcome.errors().values().stream().mapToInt(AtomicInteger::get).sum(),
                outcome.errors().isEmpty() ? "" : " " + outcome.errors());
        DeadlineRush.print("rollup root during the rush: %s (target median ≤ %.0f ms)",
                outcome.rootReads().describe(), dataset.rootTargetMillis);
        DeadlineRush.print("rollup district during the rush: %s (target median ≤ %.0f ms)",
                outcome.districtReads().describe(), dataset.districtTargetMillis);
        quietReads(campaign.id(), root, district);

        List<String> problems = new RushCheck(jdbc, campaign.id()).verify(outcome.acknowledged(),
                outcome.schoolsAcknowledged(), criteria.size());
        return problems.isEmpty() && outcome.errors().isEmpty();
    }

    /**
     * @param writerCpuSeconds CPU the writer threads used themselves: the request path in the application
     * @param statements       statements the database server received meanwhile (readers' and sign-ins' included)
     */
    record Outcome(long acknowledged, long schoolsAcknowledged, double seconds, Latencies.Summary writes,
            Latencies.Summary rootReads, Latencies.Summary districtReads, Map<String, AtomicInteger> errors,
            CpuTime cpu, double writerCpuSeconds, long statements) {

        double perSecond() {
            return acknowledged / seconds;
        }
    }

    private Outcome rush(List<School> schools, long campaign, List<Integer> criteria, long root, long district,
            int updates, Pace pace) {
        Latencies writes = new Latencies();
        Latencies rootReads = new Latencies();
        Latencies districtReads = new Latencies();
        LongAdder acknowledged = new LongAdder();
        LongAdder schoolsAcknowledged = new LongAdder();
        LongAdder writerCpu = new LongAdder();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads() + settings.readers());
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                writers.add(pool.submit(() -> {
                    await(start);
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < schools.size(); i = next.getAndIncrement()) {
                        int stored = declare(schools.get(i), campaign, criteria, updates, pace, writes, errors);
                        acknowledged.add(stored);
                        if (stored > 0) {
                            schoolsAcknowledged.increment();
                        }
                    }
                    writerCpu.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                    writes.flush();
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < settings.readers(); r++) {
                readers.add(pool.submit(() -> {
                    await(start);
                    read(campaign, root, district, writing, rootReads, districtReads, errors);
                }));
            }
            CpuTime cpu = CpuTime.now();
            long statements = statementsSoFar();
            long started = System.nanoTime();
            pace.start();
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
            CpuTime used = CpuTime.now().minus(cpu);
            statements = statementsSoFar() - statements;
            return new Outcome(acknowledged.sum(), schoolsAcknowledged.sum(), seconds, writes.summary(),
                    rootReads.summary(), districtReads.summary(), errors, used, writerCpu.sum() / 1e9, statements);
        } catch (Exception e) {
            throw new IllegalStateException("the rush did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The school's principal submits, then corrects: each a separate call, as two saves of the form would be. */
    private int declare(School school, long campaign, List<Integer> criteria, int updates, Pace pace,
            Latencies writes, Map<String, AtomicInteger> errors) {
        int stored = 0;
        try {
            signedIn(school.principal());
            Long version = null;
            for (int round = 0; round <= updates; round++) {
                long started = pace.awaitTurn();
                try {
                    version = declarations.submit(school.id(), campaign, answers(criteria), version).version();
                    writes.record(started);
                    stored++;
                } catch (RuntimeException e) {
                    countError(errors, e);
                    break;
                }
            }
        } catch (RuntimeException e) {
            countError(errors, e); // the account could not be read
        } finally {
            signOut();
        }
        return stored;
    }

    private void read(long campaign, long root, long district, AtomicBoolean writing, Latencies rootReads,
            Latencies districtReads, Map<String, AtomicInteger> errors) {
        signedIn(RushSetup.LEADER);
        RollupFilter now = RollupFilter.now(campaign);
        try {
            while (writing.get()) {
                long started = System.nanoTime();
                try {
                    rollups.level(now, root, BY_NAME);
                    rootReads.record(started);
                    started = System.nanoTime();
                    rollups.children(now, district, BY_NAME);
                    districtReads.record(started);
                    Thread.sleep(settings.readPauseMillis());
                } catch (RuntimeException e) {
                    countError(errors, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            rootReads.flush();
            districtReads.flush();
            signOut();
        }
    }

    /**
     * Where the CPU went, per acknowledged submission. The writers' own threads are the request path; the JIT and
     * the collector are the JVM's overhead, which shrinks as the run gets longer; the database runs beside.
     */
    private static void printCpu(Outcome outcome) {
        double n = outcome.acknowledged();
        CpuTime cpu = outcome.cpu();
        double writers = outcome.writerCpuSeconds() * 1000 / n;
        double database = cpu.databaseSeconds() * 1000 / n;
        double gc = cpu.gcSeconds() * 1000 / n;
        DeadlineRush.print("CPU a submission: request path %.2f ms, database %.2f ms, garbage collector %.2f ms; "
                + "JIT compiler %.2f ms, rest of the JVM (readers included) %.2f ms", writers, database, gc,
                cpu.jitSeconds() * 1000 / n, Math.max(0, cpu.restSeconds() * 1000 / n - writers));
        DeadlineRush.print("statements the database received: %.1f a submission (readers included)",
                outcome.statements() / n);
        DeadlineRush.print("at that cost two idle cores would take about %.0f submissions/s (2 s of CPU / "
                + "(request path + database + collector))", 2000 / (writers + database + gc));
    }

    /** The same reads on the full campaign with nothing else running: what the rush costs them. */
    private void quietReads(long campaign, long root, long district) {
        signedIn(RushSetup.LEADER);
        try {
            RollupFilter now = RollupFilter.now(campaign);
            DeadlineRush.print("rollup root, quiet, same campaign: median %.1f ms",
                    RollupTimer.medianMillis(() -> rollups.level(now, root, BY_NAME)));
            DeadlineRush.print("rollup district, quiet, same campaign: median %.1f ms",
                    RollupTimer.medianMillis(() -> rollups.children(now, district, BY_NAME)));
        } finally {
            signOut();
        }
    }

    /**
     * Signing in checks the password (bcrypt): done once per session, before any submission, so timed on its own —
     * as many principals at once as the rush has writers.
     */
    private void signIns(List<School> schools) {
        if (schools.isEmpty()) {
            return;
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(app.getBean(PasswordEncoder.class));
        Latencies signIns = new Latencies();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        long started = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                all.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < schools.size(); i = next.getAndIncrement()) {
                        long at = System.nanoTime();
                        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                schools.get(i).principal(), RushSetup.PASSWORD));
                        signIns.record(at);
                    }
                    signIns.flush();
                }));
            }
            for (Future<?> one : all) {
                one.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("sign-ins failed", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        DeadlineRush.print("password sign-ins (bcrypt), %d at once: %.0f/s, %s", settings.threads(),
                schools.size() / seconds, signIns.summary().describe());
    }

    /**
     * The principal as their session holds them after signing in: the account read fresh, no password check (that
     * happens once per session, timed by {@link #signIns}).
     */
    private void signedIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        contexts.setContext(contexts.createEmptyContext());
        contexts.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    private void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** Mostly met, now and then a criterion missed with a note, as schools answer. */
    private static Map<Integer, AnswerInput> answers(List<Integer> criteria) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<Integer, AnswerInput> answers = new HashMap<>();
        for (int number : criteria) {
            boolean met = random.nextInt(100) < 92;
            answers.put(number, new AnswerInput(met, met ? null : "Đang khắc phục, dự kiến xong trong tuần"));
        }
        return answers;
    }

    private static void countError(Map<String, AtomicInteger> errors, RuntimeException e) {
        String key = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (errors.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
            e.printStackTrace();
        }
    }

    private long statementsSoFar() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Questions'").query((rs, n) -> rs.getLong(2)).single();
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
