package vn.safeschool.benchmark;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Durations of many calls from many threads: each thread fills its own buffer, merged when the figures are read. */
final class Latencies {

    private final ConcurrentLinkedQueue<long[]> filled = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Buffer> mine = ThreadLocal.withInitial(() -> new Buffer(filled));

    private static final class Buffer {
        private final ConcurrentLinkedQueue<long[]> filled;
        private long[] nanos = new long[1024];
        private int size;

        Buffer(ConcurrentLinkedQueue<long[]> filled) {
            this.filled = filled;
        }

        void add(long value) {
            if (size == nanos.length) {
                filled.add(nanos);
                nanos = new long[nanos.length];
                size = 0;
            }
            nanos[size++] = value;
        }

        void flush() {
            filled.add(Arrays.copyOf(nanos, size));
            nanos = new long[nanos.length];
            size = 0;
        }
    }

    void record(long startedNanos) {
        mine.get().add(System.nanoTime() - startedNanos);
    }

    /** Called by each recording thread when it is done, so that its last entries are counted. */
    void flush() {
        mine.get().flush();
        mine.remove();
    }

    Summary summary() {
        long[] all = filled.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Summary(all);
    }

    record Summary(long[] sortedNanos) {

        int count() {
            return sortedNanos.length;
        }

        double millis(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.clamp(index, 0, sortedNanos.length - 1)] / 1_000_000.0;
        }

        String describe() {
            return "n=%d p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms".formatted(count(), millis(50),
                    millis(95), millis(99), millis(100));
        }
    }
}
