package vn.safeschool.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

public record AccountInfo(long id, String username, String fullName, @Nullable String email, @Nullable String phone,
        Role role, long homeUnitId, Locale locale, boolean enabled, @Nullable Instant lockedUntil,
        boolean mustChangePassword, @Nullable Instant lastLoginAt, long version) implements Serializable {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
