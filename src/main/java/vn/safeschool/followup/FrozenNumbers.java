package vn.safeschool.followup;

import java.math.BigDecimal;

import vn.safeschool.base.Shares;
import vn.safeschool.oversight.UnitRollup;

/** A unit's numbers in the campaign when its case was opened: the reason, as it stood, whatever happened since. */
public record FrozenNumbers(long institutions, long safe, long atRisk, long unsafe, long notDeclared, long late,
        long stale) {

    static FrozenNumbers of(UnitRollup r) {
        return new FrozenNumbers(r.institutions(), r.safe(), r.atRisk(), r.unsafe(), r.notDeclared(), r.late(),
                r.stale());
    }

    public long declared() {
        return safe + atRisk + unsafe;
    }

    /** Declared out of all, in percent with one decimal. */
    public BigDecimal completion() {
        return Shares.percent(declared(), institutions);
    }
}
