package vn.safeschool.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: real time in Vietnam, optionally shifted. The demo shifts it once, to the day after
 * directive 307's deadline, so that deadlines, Late and Stale behave as they did then; tests move it to try
 * deadlines and lockouts. Nothing a user does can move it.
 */
public final class AppClock extends Clock {

    /** One shift per JVM: application contexts side by side (as in tests) must agree on what time it is. */
    private static volatile Duration offset = Duration.ZERO;

    /** From now on, "now" is {@code moment}, and time runs on from there. */
    public void travelTo(Instant moment) {
        shift(Duration.between(Instant.now(), moment));
    }

    public void advance(Duration by) {
        shift(offset.plus(by));
    }

    private static synchronized void shift(Duration to) {
        offset = to;
    }

    @Override
    public ZoneId getZone() {
        return Zones.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
