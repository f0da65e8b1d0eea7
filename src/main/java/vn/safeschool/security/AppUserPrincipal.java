package vn.safeschool.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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

    AppUserPrincipal(AccountInfo account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
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
