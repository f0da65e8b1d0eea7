package vn.safeschool.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailures        failed sign-ins in a row that lock an account
 * @param lockDuration       how long it stays locked
 * @param addressFailures    failed sign-ins from one address after which further attempts from it are slowed
 * @param addressBackoff     the wait imposed per further failure from that address (doubling, capped at 16×)
 */
@ConfigurationProperties("safeschool.login")
public record LoginProtectionProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int addressFailures,
        @DefaultValue("2s") Duration addressBackoff) {
}
