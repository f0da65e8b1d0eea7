package vn.safeschool.setup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.CreatedAccount;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;
import vn.safeschool.security.SystemTask;

/**
 * The way into a new installation. On a database with no unit at all, before the application serves anyone, the
 * {@code SAFESCHOOL_BOOTSTRAP_*} settings become the department and its first staff account, in one transaction,
 * through the same guarded services as everything else (so both are audited, plus one {@code FIRST_RUN} row). The
 * account gets a one-time password, written once to the log, that must be changed at the first sign-in. Once the
 * database holds a unit the settings do nothing (they may stay set): the first run happens once. The demo and the
 * national dataset load their own hierarchy.
 */
@Component
@Profile("!demo & !national")
@EnableConfigurationProperties(BootstrapProperties.class)
class FirstRun implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

    private final BootstrapProperties settings;
    private final OrgService org;
    private final AccountService accounts;
    private final SystemTask system;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Translations translations;

    FirstRun(BootstrapProperties settings, OrgService org, AccountService accounts, SystemTask system,
            TransactionTemplate transaction, ApplicationEventPublisher events, Translations translations) {
        this.settings = settings;
        this.org = org;
        this.accounts = accounts;
        this.system = system;
        this.transaction = transaction;
        this.events = events;
        this.translations = translations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        system.run(() -> {
            boolean empty = org.search("", 0, 1).isEmpty();
            if (!empty) {
                if (!settings.isEmpty()) {
                    log.info("SAFESCHOOL_BOOTSTRAP_* ignored: the database has its department already "
                            + "(the first run happens once; the settings can be removed)");
                }
            } else if (settings.isEmpty()) {
                log.warn("The database has no department and no account. To set it up, start once with "
                        + "SAFESCHOOL_BOOTSTRAP_DEPARTMENT_CODE, SAFESCHOOL_BOOTSTRAP_DEPARTMENT_NAME, "
                        + "SAFESCHOOL_BOOTSTRAP_USERNAME and SAFESCHOOL_BOOTSTRAP_FULL_NAME (README \"Production\")");
            } else if (!settings.isComplete()) {
                throw new IllegalStateException("First run: SAFESCHOOL_BOOTSTRAP_DEPARTMENT_CODE, "
                        + "SAFESCHOOL_BOOTSTRAP_DEPARTMENT_NAME, SAFESCHOOL_BOOTSTRAP_USERNAME and "
                        + "SAFESCHOOL_BOOTSTRAP_FULL_NAME are all needed (SAFESCHOOL_BOOTSTRAP_EMAIL is optional)");
            } else {
                setUp();
            }
        });
    }

    private void setUp() {
        CreatedAccount created;
        try {
            created = transaction.execute(status -> create());
        } catch (RuleViolation | DataIntegrityViolationException e) {
            if (!org.search("", 0, 1).isEmpty()) {
                // another instance started on the same empty database at the same moment and set it up first
                log.info("First run: another instance has just set up the database; nothing created here");
                return;
            }
            if (e instanceof RuleViolation refused) {
                throw new IllegalStateException("First run: SAFESCHOOL_BOOTSTRAP_* refused: "
                        + translations.getTranslation(refused.messageKey(), Translations.ENGLISH,
                                refused.arguments(key -> translations.getTranslation(key, Translations.ENGLISH))),
                        e);
            }
            throw e;
        }
        log.warn("First run: created the department {} \"{}\" and its staff account \"{}\" with the one-time "
                + "password {} — sign in and choose a new password (asked at once); this is shown only now",
                settings.departmentCode(), settings.departmentName(), created.account().username(),
                created.oneTimePassword());
    }

    private CreatedAccount create() {
        OrgUnitInfo department = org.create(new NewOrgUnit(null, settings.departmentCode(),
                settings.departmentName(), null, UnitKind.DEPARTMENT, null, null, null));
        String email = settings.email() == null || settings.email().isBlank() ? null : settings.email();
        CreatedAccount created = accounts.create(new NewAccount(settings.username(), null, settings.fullName(),
                email, null, Role.DEPARTMENT_STAFF, department.id(), Translations.VIETNAMESE));
        Map<String, String> after = new LinkedHashMap<>();
        after.put("department", department.code());
        after.put("username", created.account().username());
        events.publishEvent(AuditEvent.change(AuditAction.FIRST_RUN, department.id(),
                "account:" + created.account().id(), Map.of(), after));
        return created;
    }
}
