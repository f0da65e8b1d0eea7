package vn.safeschool.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

public record AccountInfo(long id, String username, String fullName, @Nullable String email, Role role,
        long homeUnitId, Locale locale, boolean enabled, @Nullable Instant lastLoginAt) implements Serializable {
}
