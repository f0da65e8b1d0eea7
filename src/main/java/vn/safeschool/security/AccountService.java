package vn.safeschool.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.Inputs;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.org.Jurisdiction;

/**
 * Accounts. Department staff manage every account in their jurisdiction; a district admin manages the principal
 * accounts of their district's schools; everyone manages their own password and language. An account outside what
 * the caller manages answers like a missing one. Nobody can disable, demote or move themselves.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    /** The audit log's actor for a failed sign-in under a name no account has (no account name has parentheses). */
    public static final String UNKNOWN_USERNAME = "(unknown)";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ManagedAccounts managed;
    private final Jurisdiction jurisdiction;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            CurrentUser currentUser, ManagedAccounts managed, Jurisdiction jurisdiction, SessionTerminator sessions,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.managed = managed;
        this.jurisdiction = jurisdiction;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public CreatedAccount create(@Valid NewAccount spec) {
        String username = spec.username().strip().toLowerCase(Locale.ROOT);
        managed.checkPlacement(spec.role(), spec.homeUnitId());
        if (users.existsByUsername(username)) {
            throw new RuleViolation("account.error.duplicate-username", username);
        }
        String oneTime = null;
        String password = spec.password();
        if (password == null || password.isEmpty()) {
            oneTime = policy.oneTime();
            password = oneTime;
        } else {
            policy.check(username, password);
        }
        AppUser user = users.save(new AppUser(spec, passwordEncoder.encode(password), oneTime != null));
        audit(AuditAction.ACCOUNT_CREATED, user, Map.of(), user.auditValues());
        return new CreatedAccount(user.toInfo(), oneTime);
    }

    @Transactional
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public AccountInfo update(long accountId, @Valid AccountChanges changes) {
        AppUser user = managed.get(accountId);
        if (user.version() != changes.version()) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        if (managed.isMe(user) && (user.role() != changes.role() || user.homeUnitId() != changes.homeUnitId())) {
            throw new RuleViolation("account.error.not-yourself");
        }
        managed.checkPlacement(changes.role(), changes.homeUnitId());
        Map<String, String> before = user.auditValues();
        user.apply(changes);
        audit(AuditAction.ACCOUNT_UPDATED, user, before, user.auditValues());
        return users.saveAndFlush(user).toInfo();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public AccountInfo setEnabled(long accountId, boolean enabled) {
        AppUser user = managed.get(accountId);
        if (managed.isMe(user)) {
            throw new RuleViolation("account.error.not-yourself");
        }
        Map<String, String> before = user.auditValues();
        user.enable(enabled);
        audit(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, user, before,
                user.auditValues());
        if (!enabled) {
            sessions.endAllOf(user.username());
        }
        return user.toInfo();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public AccountInfo unlock(long accountId) {
        AppUser user = managed.get(accountId);
        user.unlock();
        audit(AuditAction.ACCOUNT_UNLOCKED, user, Map.of(), Map.of());
        return user.toInfo();
    }

    /** A new one-time password, returned once for the admin to hand over; the user must change it. */
    @Transactional
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public String resetPassword(long accountId) {
        AppUser user = managed.get(accountId);
        String oneTime = policy.oneTime();
        user.changePassword(passwordEncoder.encode(oneTime), true, clock.instant());
        user.unlock();
        audit(AuditAction.PASSWORD_RESET, user, Map.of(), Map.of());
        sessions.endAllOf(user.username());
        return oneTime;
    }

    /** The accounts the caller manages, filtered by a text in the username or name. */
    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public List<AccountInfo> list(String text) {
        String like = Inputs.containsPattern(text).toLowerCase(Locale.ROOT);
        return users.findManaged(jurisdiction.pathPattern(), managed.principalsOnly(), like).stream().map(AppUser::toInfo)
                .toList();
    }

    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public Optional<AccountInfo> find(long accountId) {
        return managed.find(accountId).map(AppUser::toInfo);
    }

    @PreAuthorize(Roles.IS_ACCOUNT_MANAGER)
    public Optional<AccountInfo> findByUsername(String username) {
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).filter(managed::manages)
                .map(AppUser::toInfo);
    }

    /**
     * The enabled accounts homed at these units inside the caller's jurisdiction, with the e-mail and language a
     * message to them needs (reminders, notices); one query per 1,000 units.
     */
    @PreAuthorize(Roles.IS_USER)
    public List<AccountInfo> accountsAt(Collection<Long> unitIds) {
        String scope = jurisdiction.pathPattern();
        return inBatches(unitIds, batch -> users.findEnabledAt(batch, scope));
    }

    /** Every account, enabled or not, homed at these units inside the jurisdiction: a reorganisation's preview. */
    @PreAuthorize(Roles.IS_STAFF)
    public List<AccountInfo> homedAt(Collection<Long> unitIds) {
        String scope = jurisdiction.pathPattern();
        return inBatches(unitIds, batch -> users.findAllAt(batch, scope));
    }

    /**
     * What a reorganisation decided for the accounts whose home unit it dissolved: each moves to its new home (a
     * unit of the level its role belongs on) or is disabled; either way its sessions end, so that the person signs
     * in again with the jurisdiction they now have. Audited as the reorganisation's doing.
     *
     * @param moves    account id → new home unit id; an account mapped to null is disabled
     * @param reason   the reorganisation, as the audit log names it
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public List<AccountInfo> rehome(Map<Long, @Nullable Long> moves, String reason) {
        List<AccountInfo> changed = new ArrayList<>();
        for (Map.Entry<Long, @Nullable Long> move : moves.entrySet()) {
            AppUser user = managed.get(move.getKey());
            Map<String, String> before = user.auditValues();
            Long target = move.getValue();
            if (target == null) {
                user.enable(false);
            } else {
                managed.checkNewHome(user.role(), target);
                user.moveHome(target);
            }
            Map<String, String> after = new LinkedHashMap<>(user.auditValues());
            after.put("reason", reason);
            audit(AuditAction.ACCOUNT_REHOMED, user, before, after);
            sessions.endAllOf(user.username());
            changed.add(users.saveAndFlush(user).toInfo());
        }
        return changed;
    }

    /** The signed-in user's own account, fresh from the database (last login, language). */
    @PreAuthorize(Roles.IS_USER)
    public AccountInfo me() {
        return users.findById(currentUser.require().id()).map(AppUser::toInfo).orElseThrow(NotFound::new);
    }

    @Transactional
    @PreAuthorize(Roles.IS_USER)
    public void changeMyLanguage(Locale locale) {
        users.findById(currentUser.require().id()).orElseThrow(NotFound::new).useLocale(locale);
    }

    /** Changes the signed-in user's password and ends their other sessions. */
    @Transactional
    @PreAuthorize(Roles.IS_USER)
    public void changeMyPassword(String currentPassword, String newPassword) {
        AppUser user = users.findById(currentUser.require().id()).orElseThrow(NotFound::new);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new RuleViolation("password.error.current-wrong");
        }
        if (passwordEncoder.matches(newPassword, user.passwordHash())) {
            throw new RuleViolation("password.error.same-as-before");
        }
        policy.check(user.username(), newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        audit(AuditAction.PASSWORD_CHANGED, user, Map.of(), Map.of());
        sessions.endOthersOf(user.username());
    }

    /** The units' accounts, one query per 1,000 units. */
    private static List<AccountInfo> inBatches(Collection<Long> unitIds, Function<List<Long>, List<AppUser>> query) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        List<AccountInfo> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            query.apply(ids.subList(from, Math.min(ids.size(), from + 1_000))).stream().map(AppUser::toInfo)
                    .forEach(found::add);
        }
        return found;
    }

    private void audit(AuditAction action, AppUser user, Map<String, String> before, Map<String, String> after) {
        events.publishEvent(AuditEvent.change(action, user.homeUnitId(), "account:" + user.id(), before, after));
    }
}
