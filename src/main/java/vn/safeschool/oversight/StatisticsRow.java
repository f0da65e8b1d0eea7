package vn.safeschool.oversight;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Shares;

/** One line of the statistics list, already worded: a district office, the direct-units group, a school, a total. */
record StatisticsRow(String code, String name, @Nullable String office, String type, long institutions, long safe,
        long atRisk, long unsafe, long notDeclared, long late, long stale) {

    static StatisticsRow of(String code, String name, @Nullable String office, String type, UnitRollup r) {
        return new StatisticsRow(code, name, office, type, r.institutions(), r.safe(), r.atRisk(), r.unsafe(),
                r.notDeclared(), r.late(), r.stale());
    }

    static StatisticsRow of(String code, String name, String type, OverviewRow r) {
        return new StatisticsRow(code, name, null, type, r.institutions(), r.safe(), r.atRisk(), r.unsafe(),
                r.notDeclared(), r.late(), r.stale());
    }

    BigDecimal share(long part) {
        return Shares.percent(part, institutions);
    }

    BigDecimal completion() {
        return share(safe + atRisk + unsafe);
    }
}
