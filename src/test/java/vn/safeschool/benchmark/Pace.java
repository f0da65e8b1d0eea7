package vn.safeschool.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * When each submission starts: as soon as a writer is free (a closed loop: the most the application takes), or on a
 * schedule of so many a second whatever the application does (an open loop: principals do not wait for each other).
 * On a schedule, a submission's latency counts from the moment it was due, so time spent waiting for a free writer
 * behind a slow one is counted too.
 */
final class Pace {

    private final long intervalNanos;
    private final AtomicLong tickets = new AtomicLong();
    private volatile long origin;

    private Pace(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    static Pace asFastAsPossible() {
        return new Pace(0);
    }

    static Pace perSecond(int rate) {
        return new Pace(1_000_000_000L / rate);
    }

    boolean scheduled() {
        return intervalNanos > 0;
    }

    void start() {
        origin = System.nanoTime();
    }

    /** Waits for the next submission's turn; returns the moment its latency counts from. */
    long awaitTurn() {
        if (intervalNanos == 0) {
            return System.nanoTime();
        }
        long due = origin + tickets.getAndIncrement() * intervalNanos;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        return due;
    }
}
