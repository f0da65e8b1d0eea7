package vn.safeschool.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;

/**
 * What a sign-in leaves on the account and in the audit log. Not a service method: nobody is signed in yet when it
 * runs, so no role could guard it.
 */
@Component
class SignIns {

    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignIns(AppUserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void succeeded(String username) {
        Optional<AppUser> user = users.findByUsername(username);
        user.ifPresent(u -> u.loggedInAt(clock.instant()));
        events.publishEvent(new AuditEvent(AuditAction.LOGIN_SUCCEEDED, user.map(AppUser::homeUnitId).orElse(null),
                null, Map.of(), Map.of(), username));
    }

    /**
     * A failed sign-in names the account it tried, never the text typed: people type their password into the name
     * field, and the audit log is read by others.
     */
    @Transactional
    void failed(String username, LoginProtectionProperties protection) {
        Optional<AppUser> user = users.findByUsername(username.strip().toLowerCase(Locale.ROOT));
        events.publishEvent(new AuditEvent(AuditAction.LOGIN_FAILED, user.map(AppUser::homeUnitId).orElse(null),
                null, Map.of(), Map.of(), user.map(AppUser::username).orElse(AccountService.UNKNOWN_USERNAME)));
        user.filter(u -> u.failedLogin(clock.instant(), protection.maxFailures(), protection.lockDuration()))
                .ifPresent(u -> events.publishEvent(new AuditEvent(AuditAction.ACCOUNT_LOCKED, u.homeUnitId(),
                        "account:" + u.id(), Map.of(), Map.of(), u.username())));
    }
}
