package vn.safeschool.oversight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Shares;
import vn.safeschool.org.OrgUnitInfo;

/**
 * One row of a level's overview (a bar of the dashboard's chart, a row of the export's first sheet): a child unit,
 * or — when offices and schools sit side by side under the department — the schools directly under it together,
 * the "direct units" group ({@code unit} null).
 */
public record OverviewRow(@Nullable OrgUnitInfo unit, long institutions, long safe, long atRisk, long unsafe,
        long notDeclared, long late, long stale) {

    /**
     * The children in their order; if offices are among them, the schools beside them folded into one direct-units
     * row at the end (left out when there are none).
     */
    public static List<OverviewRow> of(List<UnitRollup> children) {
        boolean mixed = children.stream().anyMatch(c -> !c.unit().isSchool())
                && children.stream().anyMatch(c -> c.unit().isSchool());
        List<OverviewRow> rows = new ArrayList<>();
        OverviewRow direct = new OverviewRow(null, 0, 0, 0, 0, 0, 0, 0);
        boolean anyDirect = false;
        for (UnitRollup child : children) {
            if (mixed && child.unit().isSchool()) {
                direct = direct.plus(child);
                anyDirect = true;
            } else {
                rows.add(new OverviewRow(child.unit(), 0, 0, 0, 0, 0, 0, 0).plus(child));
            }
        }
        if (anyDirect) {
            rows.add(direct);
        }
        return rows;
    }

    public long declared() {
        return safe + atRisk + unsafe;
    }

    /** Declared out of all, in percent with one decimal. */
    public BigDecimal completion() {
        return Shares.percent(declared(), institutions);
    }

    private OverviewRow plus(UnitRollup r) {
        return new OverviewRow(unit, institutions + r.institutions(), safe + r.safe(), atRisk + r.atRisk(),
                unsafe + r.unsafe(), notDeclared + r.notDeclared(), late + r.late(), stale + r.stale());
    }
}
