package vn.safeschool.oversight;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Shares;
import vn.safeschool.org.OrgUnitInfo;

/**
 * A unit and the live counts of the institutions under it (itself, for a school) in a campaign, now or as of a
 * moment. {@code safe + atRisk + unsafe + notDeclared == institutions}; late and stale are separate facts about
 * the declared ones. {@code matching} counts the institutions that pass the status filter (all when there is none).
 */
public record UnitRollup(OrgUnitInfo unit, boolean hasChildren, long institutions, long safe, long atRisk,
        long unsafe, long notDeclared, long late, long stale, long matching, @Nullable Instant lastDeclaredAt) {

    public long declared() {
        return safe + atRisk + unsafe;
    }

    /** Declared out of all, in percent with one decimal. */
    public BigDecimal completion() {
        return Shares.percent(declared(), institutions);
    }

    public BigDecimal share(long part) {
        return Shares.percent(part, institutions);
    }
}
