package vn.safeschool.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.safeschool.base.RuleViolation;

/**
 * At least 10 characters, not the username, not one of the common passwords shipped with the application
 * ({@code security/common-passwords.txt}, compared ignoring case).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int ONE_TIME_LENGTH = 12;

    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy() {
        var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt"),
                "common-passwords.txt missing");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.error.too-short", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password.error.contains-username");
        }
        if (common.contains(lower)) {
            throw new RuleViolation("password.error.too-common");
        }
    }

    /** A password for an admin to hand over once; the user must replace it at the next sign-in. */
    String oneTime() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
    }
}
