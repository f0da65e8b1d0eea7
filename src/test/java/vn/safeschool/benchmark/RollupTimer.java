package vn.safeschool.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a call: a few warm-up runs, then the median of many. Prints, asserts nothing. */
final class RollupTimer {

    private static final int WARMUP = 5;
    private static final int RUNS = 21;

    private RollupTimer() {
    }

    static double medianMillis(Supplier<?> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    static void print(String dataset, String what, double ours, double floor) {
        System.out.printf("BENCH %-9s %-34s %8.1f ms   floor %8.1f ms   ratio %5.2f%n", dataset, what, ours, floor,
                ours / floor);
    }

    static void print(String dataset, String what, double ours) {
        System.out.printf("BENCH %-9s %-34s %8.1f ms%n", dataset, what, ours);
    }
}
