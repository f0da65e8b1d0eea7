package vn.safeschool.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows repeated failed sign-ins from one address: past a threshold, each further attempt from it must wait a
 * doubling delay (capped), whatever account it names. Attempts made too early are refused without checking the
 * password, with the same message as a wrong password.
 */
@Component
class LoginThrottle {

    private record Failures(int count, Instant last) {
    }

    private static final int MAX_DOUBLINGS = 4;

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final LoginProtectionProperties protection;
    private final Clock clock;

    LoginThrottle(LoginProtectionProperties protection, Clock clock) {
        this.protection = protection;
        this.clock = clock;
    }

    boolean mayTry(String address) {
        Failures failures = byAddress.get(address);
        return failures == null || !clock.instant().isBefore(failures.last().plus(waitAfter(failures.count())));
    }

    void failed(String address) {
        byAddress.merge(address, new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, clock.instant()));
    }

    void succeeded(String address) {
        byAddress.remove(address);
    }

    private Duration waitAfter(int failures) {
        int over = failures - protection.addressFailures();
        if (over < 0) {
            return Duration.ZERO;
        }
        return protection.addressBackoff().multipliedBy(1L << Math.min(over, MAX_DOUBLINGS));
    }
}
