package vn.safeschool.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU used so far by this JVM — split into the JIT compilers, the garbage collector and the rest — and by the
 * processes it started (the embedded MariaDB): where a submission's cost goes on a machine whose two cores are
 * shared. Read from Linux's /proc (clock ticks of 10 ms); elsewhere everything counts as the rest.
 */
record CpuTime(double jitSeconds, double gcSeconds, double restSeconds, double databaseSeconds) {

    private static final double TICK = 0.01;

    static CpuTime now() {
        double jit = 0;
        double gc = 0;
        double rest = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = read(task.resolve("stat"));
                if (stat == null) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK;
                if (name.contains("CompilerThre")) {
                    jit += seconds;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += seconds;
                } else {
                    rest += seconds;
                }
            }
        } catch (IOException e) {
            rest = seconds(ProcessHandle.current());
        }
        return new CpuTime(jit, gc, rest,
                ProcessHandle.current().descendants().mapToDouble(CpuTime::seconds).sum());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jitSeconds - earlier.jitSeconds, gcSeconds - earlier.gcSeconds,
                restSeconds - earlier.restSeconds, databaseSeconds - earlier.databaseSeconds);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static double seconds(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
    }
}
