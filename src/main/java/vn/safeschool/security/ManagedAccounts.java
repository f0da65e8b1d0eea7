package vn.safeschool.security;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgUnitInfo;

/**
 * Which accounts the caller manages, and where they may place one: staff every account in their jurisdiction, a
 * district admin their district's principals. Which rows: the jurisdiction; what a role may do: here.
 */
@Component
class ManagedAccounts {

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Jurisdiction jurisdiction;

    ManagedAccounts(AppUserRepository users, CurrentUser currentUser, Jurisdiction jurisdiction) {
        this.users = users;
        this.currentUser = currentUser;
        this.jurisdiction = jurisdiction;
    }

    /** The account, when the caller manages it; otherwise it answers like a missing one. */
    AppUser get(long accountId) {
        return find(accountId).orElseThrow(NotFound::new);
    }

    Optional<AppUser> find(long accountId) {
        return users.findById(accountId).filter(this::manages);
    }

    boolean manages(AppUser user) {
        if (currentUser.isSystem()) {
            return true;
        }
        boolean inside = jurisdiction.find(user.homeUnitId()).isPresent();
        return switch (currentUser.require().role()) {
            case DEPARTMENT_STAFF -> inside;
            case DISTRICT_ADMIN -> inside && user.role() == Role.PRINCIPAL;
            default -> false;
        };
    }

    /** A district admin's list holds only principals. */
    boolean principalsOnly() {
        return !currentUser.isSystem() && currentUser.hasRole(Role.DISTRICT_ADMIN);
    }

    /** Each role belongs on its level, inside what the caller manages; a district admin only makes principals. */
    void checkPlacement(Role role, long homeUnitId) {
        OrgUnitInfo home = homeInside(homeUnitId);
        if (principalsOnly() && role != Role.PRINCIPAL) {
            throw new RuleViolation("account.error.principals-only");
        }
        checkLevel(role, home);
    }

    /** A reorganisation's new home: of the role's level, open, inside the jurisdiction. */
    void checkNewHome(Role role, long homeUnitId) {
        OrgUnitInfo home = homeInside(homeUnitId);
        if (!home.active()) {
            throw new RuleViolation("account.error.wrong-level", role.name(), home.name());
        }
        checkLevel(role, home);
    }

    boolean isMe(AppUser user) {
        return currentUser.get().map(me -> me.id() == user.id()).orElse(false);
    }

    private OrgUnitInfo homeInside(long homeUnitId) {
        return jurisdiction.find(homeUnitId).orElseThrow(() -> new RuleViolation("account.error.home-outside"));
    }

    private static void checkLevel(Role role, OrgUnitInfo home) {
        if (!role.belongsOn(home.kind())) {
            throw new RuleViolation("account.error.wrong-level", role.name(), home.name());
        }
    }
}
