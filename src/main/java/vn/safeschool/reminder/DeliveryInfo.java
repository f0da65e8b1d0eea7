package vn.safeschool.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One delivery of a reminder: to whom, for which unit, by which channel, and how it went. */
public record DeliveryInfo(long id, String unitName, String recipient, @Nullable String email, Channel channel,
        DeliveryStatus status, int attempts, @Nullable Instant sentAt, @Nullable Instant readAt,
        @Nullable Instant nextAttemptAt, @Nullable String lastError) {
}
