package vn.safeschool.oversight;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Shares;

/** One line of the statistics list, already worded: a district office, the direct-units group, a school, a total. */
record StatisticsRow(String code, String name, @Nullable String office, String type, long institutions, long safe,
        long atRisk, long unsafe, long notDeclared, long late, long stale) {

    static StatisticsRow of(String code, String name, @Nullable String office, String type, UnitRollup r) {
        return new StatisticsRow(code, name, office, type, r.institutions(), r.safe(), r.atRisk(), r.unsafe(),
                r.notDeclared(), r.late(), r.stale());
    }

    /** A row that adds up the given ones: an office of its institutions, the totals of the rows. */
    static StatisticsRow sum(String code, String name, String type, List<StatisticsRow> rows) {
        StatisticsRow total = new StatisticsRow(code, name, null, type, 0, 0, 0, 0, 0, 0, 0);
        for (StatisticsRow r : rows) {
            total = new StatisticsRow(code, name, null, type, total.institutions + r.institutions,
                    total.safe + r.safe, total.atRisk + r.atRisk, total.unsafe + r.unsafe,
                    total.notDeclared + r.notDeclared, total.late + r.late, total.stale + r.stale);
        }
        return total;
    }

    StatisticsRow withoutOffice() {
        return new StatisticsRow(code, name, null, type, institutions, safe, atRisk, unsafe, notDeclared, late, stale);
    }

    BigDecimal share(long part) {
        return Shares.percent(part, institutions);
    }

    BigDecimal completion() {
        return share(safe + atRisk + unsafe);
    }
}
