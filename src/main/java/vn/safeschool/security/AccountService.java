package vn.safeschool.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.safeschool.base.Roles;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.RuleViolation;

@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public AccountInfo create(@Valid NewAccount spec) {
        if (users.existsByUsername(spec.username().strip())) {
            throw new RuleViolation("account.error.duplicate-username", spec.username());
        }
        return users.save(new AppUser(spec, passwordEncoder.encode(spec.password()))).toInfo();
    }

    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public Optional<AccountInfo> findByUsername(String username) {
        return users.findByUsername(username).map(AppUser::toInfo);
    }

    /** The signed-in user's own account, fresh from the database (last login, language). */
    @PreAuthorize(Roles.IS_USER)
    public AccountInfo me() {
        long id = currentUser.require().id();
        return users.findById(id).map(AppUser::toInfo).orElseThrow();
    }

    @Transactional
    @PreAuthorize(Roles.IS_USER)
    public void changeMyLanguage(Locale locale) {
        users.findById(currentUser.require().id()).orElseThrow().useLocale(locale);
    }

    @Transactional
    void recordLogin(String username) {
        users.findByUsername(username).ifPresent(user -> user.loggedInAt(clock.instant()));
    }
}
