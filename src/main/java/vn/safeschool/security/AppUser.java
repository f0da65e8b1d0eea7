package vn.safeschool.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username = "";

    @Column(name = "password_hash")
    private String passwordHash = "";

    @Column(name = "full_name")
    private String fullName = "";

    private @Nullable String email;

    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    private Role role = Role.PRINCIPAL;

    @Column(name = "home_unit_id")
    private long homeUnitId;

    private String locale = "vi";

    private boolean enabled = true;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(NewAccount spec, String passwordHash, boolean mustChangePassword) {
        this.username = spec.username().strip().toLowerCase(Locale.ROOT);
        this.passwordHash = passwordHash;
        this.fullName = spec.fullName().strip();
        this.email = blankToNull(spec.email());
        this.phone = blankToNull(spec.phone());
        this.role = spec.role();
        this.homeUnitId = spec.homeUnitId();
        this.locale = spec.locale().getLanguage();
        this.mustChangePassword = mustChangePassword;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    long homeUnitId() {
        return homeUnitId;
    }

    long version() {
        return version;
    }

    void apply(AccountChanges changes) {
        this.fullName = changes.fullName().strip();
        this.email = blankToNull(changes.email());
        this.phone = blankToNull(changes.phone());
        this.role = changes.role();
        this.homeUnitId = changes.homeUnitId();
    }

    /** A reorganisation dissolved the home unit: the account now belongs to its successor. */
    void moveHome(long unitId) {
        this.homeUnitId = unitId;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String newHash, boolean mustChangeNext, Instant at) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
        this.passwordChangedAt = at;
    }

    /** @return true when this failure locks the account */
    boolean failedLogin(Instant at, int maxFailures, java.time.Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = at.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void loggedInAt(Instant when) {
        this.lastLoginAt = when;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void useLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    /** The account's facts as the audit log shows them before and after a change (never the password). */
    Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("fullName", fullName);
        values.put("email", email == null ? "" : email);
        values.put("phone", phone == null ? "" : phone);
        values.put("role", role.name());
        values.put("homeUnitId", String.valueOf(homeUnitId));
        values.put("enabled", String.valueOf(enabled));
        return values;
    }

    AccountInfo toInfo() {
        return new AccountInfo(id(), username, fullName, email, phone, role, homeUnitId, Locale.of(locale), enabled,
                lockedUntil, mustChangePassword, lastLoginAt, version);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
