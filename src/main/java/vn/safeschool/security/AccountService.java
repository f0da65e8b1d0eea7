package vn.safeschool.security;

import java.security.SecureRandom;
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

    /** No 0/O, 1/l/I: one-time passwords are read off a sheet and typed in. */
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int ONE_TIME_LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
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
    public CreatedAccount create(@Valid NewAccount spec) {
        if (users.existsByUsername(spec.username().strip())) {
            throw new RuleViolation("account.error.duplicate-username", spec.username());
        }
        String oneTime = spec.password() == null ? oneTimePassword() : null;
        String password = oneTime != null ? oneTime : spec.password();
        AppUser user = users.save(new AppUser(spec, passwordEncoder.encode(password), oneTime != null));
        return new CreatedAccount(user.toInfo(), oneTime);
    }

    private String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
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
