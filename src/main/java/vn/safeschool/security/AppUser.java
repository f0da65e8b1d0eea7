package vn.safeschool.security;

import java.time.Instant;
import java.util.Locale;

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

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(NewAccount spec, String passwordHash, boolean mustChangePassword) {
        this(spec, passwordHash);
        this.mustChangePassword = mustChangePassword;
    }

    AppUser(NewAccount spec, String passwordHash) {
        this.username = spec.username().strip();
        this.passwordHash = passwordHash;
        this.fullName = spec.fullName().strip();
        this.email = spec.email();
        this.role = spec.role();
        this.homeUnitId = spec.homeUnitId();
        this.locale = spec.locale().getLanguage();
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

    boolean enabled() {
        return enabled;
    }

    void loggedInAt(Instant when) {
        this.lastLoginAt = when;
    }

    void useLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    AccountInfo toInfo() {
        return new AccountInfo(id(), username, fullName, email, role, homeUnitId, Locale.of(locale), enabled,
                lastLoginAt);
    }
}
