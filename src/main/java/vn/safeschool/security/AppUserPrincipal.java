package vn.safeschool.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.safeschool.base.SignedInUser;

/** The signed-in user as Spring Security holds it in the session. */
final class AppUserPrincipal implements UserDetails, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountInfo account;
    private final String passwordHash;

    private final transient java.time.@Nullable Instant lockedAt;

    /** @param loadedAt when the account was read, to judge its lock against */
    AppUserPrincipal(AccountInfo account, String passwordHash, java.time.@Nullable Instant loadedAt) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.lockedAt = loadedAt;
    }

    AccountInfo account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedAt == null || !account.lockedAt(lockedAt);
    }

    /** Same user, same principal: the session registry finds a user's sessions by it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && account.username().equals(that.account.username());
    }

    @Override
    public int hashCode() {
        return account.username().hashCode();
    }

    @Override
    public String fullName() {
        return account.fullName();
    }

    @Override
    public String role() {
        return account.role().name();
    }

    @Override
    public Locale preferredLocale() {
        return account.locale();
    }
}
