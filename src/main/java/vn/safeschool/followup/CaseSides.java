package vn.safeschool.followup;

import org.springframework.stereotype.Component;
import vn.safeschool.base.Requester;

/**
 * Which side of a case the signed-in user's unit stands on: the assignee unit answers, the opener unit decides, and
 * a unit opens cases for the units right below it. The application itself acts for any side.
 */
@Component
class CaseSides {

    private final Requester requester;

    CaseSides(Requester requester) {
        this.requester = requester;
    }

    /** The unit is the user's own (never true for the application itself). */
    boolean isHome(long unitId) {
        return requester.homeUnitId().map(home -> home == unitId).orElse(false);
    }

    /** The user may act for the unit: it is their own, or the application itself is acting. */
    boolean actsFor(long unitId) {
        return requester.isSystem() || isHome(unitId);
    }
}
