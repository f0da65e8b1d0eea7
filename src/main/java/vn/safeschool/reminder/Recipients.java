package vn.safeschool.reminder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;

/**
 * Who receives a message for a unit: the unit's enabled accounts (a school's principal, an office's district admins),
 * each in their own language, in the inbox and at their e-mail address; and the unit's contact e-mail address, in
 * Vietnamese. An address is written to once per unit. Both lists come through their features' guarded services,
 * so the caller's jurisdiction applies to recipients too.
 */
@Component
class Recipients {

    /** A person or an address: an account (inbox, and e-mail if it has an address) or a unit's contact address. */
    record Recipient(@Nullable Long userId, String name, @Nullable String email, Locale locale) {
    }

    private final AccountService accounts;
    private final OrgService org;

    Recipients(AccountService accounts, OrgService org) {
        this.accounts = accounts;
        this.org = org;
    }

    Map<Long, List<Recipient>> of(Collection<Long> unitIds, Predicate<AccountInfo> accepted,
            Map<Long, String> unitNames) {
        Map<Long, List<Recipient>> byUnit = new HashMap<>();
        for (AccountInfo account : accounts.accountsAt(unitIds)) {
            if (accepted.test(account)) {
                byUnit.computeIfAbsent(account.homeUnitId(), id -> new ArrayList<>())
                        .add(new Recipient(account.id(), account.fullName(), account.email(), account.locale()));
            }
        }
        org.contactEmails(unitIds).forEach((unitId, email) -> {
            List<Recipient> list = byUnit.computeIfAbsent(unitId, id -> new ArrayList<>());
            Set<String> known = new HashSet<>();
            list.stream().map(Recipient::email).filter(e -> e != null).forEach(e -> known.add(e.toLowerCase(Locale.ROOT)));
            if (!known.contains(email.toLowerCase(Locale.ROOT))) {
                list.add(new Recipient(null, unitNames.getOrDefault(unitId, email), email, Translations.VIETNAMESE));
            }
        });
        return byUnit;
    }
}
