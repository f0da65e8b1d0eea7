package vn.safeschool.demo;

import java.util.Locale;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;

/** The demo accounts the README lists; all share the demo profile's password. */
@Component
@Profile("demo")
class DemoAccounts {

    private final AccountService accounts;
    private final OrgService org;
    private final DemoProperties properties;

    DemoAccounts(AccountService accounts, OrgService org, DemoProperties properties) {
        this.accounts = accounts;
        this.org = org;
        this.properties = properties;
    }

    void create(OrgUnitInfo department) {
        add("lanhdao", "Nguyễn Văn Long", Role.DEPARTMENT_LEADER, department.id(), Translations.VIETNAMESE);
        add("vanphong", "Trần Thị Hồng Nhung", Role.DEPARTMENT_STAFF, department.id(), Translations.VIETNAMESE);
        add("leader.en", "Nguyen Van Long (English)", Role.DEPARTMENT_LEADER, department.id(), Translations.ENGLISH);
        add("pgd.pleiku", "Lê Văn Hải", Role.DISTRICT_ADMIN, unit("3801"), Translations.VIETNAMESE);
        add("pgd.chuse", "Ksor H'Hạnh", Role.DISTRICT_ADMIN, unit("3807"), Translations.VIETNAMESE);
        add("ht.pleiku", "Phạm Thị Thu Hà", Role.PRINCIPAL, unit("38010001"), Translations.VIETNAMESE);
        add("ht.chuse", "Rơ Mah Thuấn", Role.PRINCIPAL, unit("38070030"), Translations.VIETNAMESE);
        add("ht.thpt", "Đỗ Minh Tuấn", Role.PRINCIPAL, unit("38000001"), Translations.VIETNAMESE);
    }

    private void add(String username, String fullName, Role role, long homeUnitId, Locale locale) {
        accounts.create(new NewAccount(username, properties.password(), fullName,
                username.replace('.', '-') + "@demo.safeschool.vn", null, role, homeUnitId, locale));
    }

    private long unit(String code) {
        return org.findByCode(code).orElseThrow().id();
    }
}
