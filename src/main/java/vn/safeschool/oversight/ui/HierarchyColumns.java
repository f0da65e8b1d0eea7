package vn.safeschool.oversight.ui;

import java.util.Comparator;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.function.ValueProvider;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Shares;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.UnitRollup;

/** The oversight tree's columns: name and code, the counts with their shares, completion, last declaration. */
final class HierarchyColumns {

    private HierarchyColumns() {
    }

    static void addTo(TreeGrid<UnitRollup> grid, Locale locale) {
        grid.addHierarchyColumn(r -> r.unit().listName()).setKey("name")
                .setHeader(grid.getTranslation("unit.name"))
                .setComparator(Comparator.comparing(r -> r.unit().name())).setFlexGrow(1).setWidth("12rem")
                .setFrozen(true).setResizable(true)
                .setTooltipGenerator(r -> r.unit().name() + " — " + typeOf(grid, r));
        grid.addColumn(r -> r.unit().code()).setKey("code")
                .setHeader(grid.getTranslation("oversight.column.code"))
                .setComparator(Comparator.comparing(r -> r.unit().code())).setWidth("5rem").setFlexGrow(0);
        count(grid, locale, "institutions", UnitRollup::institutions, false);
        count(grid, locale, "safe", UnitRollup::safe, true);
        count(grid, locale, "at-risk", UnitRollup::atRisk, true);
        count(grid, locale, "unsafe", UnitRollup::unsafe, true);
        count(grid, locale, "not-declared", UnitRollup::notDeclared, true);
        count(grid, locale, "late", UnitRollup::late, true);
        count(grid, locale, "stale", UnitRollup::stale, true);
        grid.addComponentColumn(r -> completion(grid, locale, r)).setKey("completion")
                .setHeader(grid.getTranslation("oversight.column.completion"))
                .setComparator(Comparator.comparing(UnitRollup::completion)).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.lastDeclaredAt() == null ? "—" : Dates.dateTime(r.lastDeclaredAt(), locale))
                .setKey("last-declared").setHeader(grid.getTranslation("oversight.column.last-declared"))
                .setComparator(Comparator.comparing(UnitRollup::lastDeclaredAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setWidth("6rem").setFlexGrow(0);
    }

    /**
     * A count column; with a share, the cell reads "685 (77,7 %)" (wrapping under the number) and the header's
     * tooltip says it is of the total. A school's row counts one institution, so it shows its status instead
     * (completion column) and only "Có" where it is late or stale.
     */
    private static void count(TreeGrid<UnitRollup> grid, Locale locale, String key,
            ValueProvider<UnitRollup, Long> value, boolean withShare) {
        boolean flag = key.equals("late") || key.equals("stale");
        Span header = new Span(grid.getTranslation("oversight.column." + key));
        header.setTitle(grid.getTranslation(withShare ? "oversight.column.share-help"
                : "oversight.column.institutions.help"));
        String yes = grid.getTranslation("campaign.yes");
        grid.addColumn(r -> r.unit().isSchool() ? (flag && value.apply(r) > 0 ? yes : "")
                        : withShare ? value.apply(r) + " (" + Shares.format(value.apply(r), r.institutions(),
                        locale) + ")" : String.valueOf(value.apply(r)))
                .setKey(key).setHeader(header)
                .setComparator(Comparator.comparing(value)).setTextAlign(ColumnTextAlign.END)
                .setWidth(withShare ? "4.75rem" : "4.5rem").setFlexGrow(0)
                .setPartNameGenerator(r -> value.apply(r) > 0 ? "ss-count-" + key : null);
    }

    /** An office's completion bar and share; a school's status as a badge (An toàn, Có rủi ro, ...). */
    private static Component completion(TreeGrid<UnitRollup> grid, Locale locale, UnitRollup rollup) {
        if (rollup.unit().isSchool()) {
            String status = rollup.safe() > 0 ? "safe" : rollup.atRisk() > 0 ? "at-risk"
                    : rollup.unsafe() > 0 ? "unsafe" : "not-declared";
            Span badge = new Span(grid.getTranslation("status." + status));
            badge.addClassNames("ss-status-badge", "ss-status-" + status);
            return badge;
        }
        ProgressBar bar = new ProgressBar(0, 100, rollup.completion().doubleValue());
        bar.addClassName("ss-completion-bar");
        Span number = new Span(Shares.format(rollup.declared(), rollup.institutions(), locale));
        Div cell = new Div(bar, number);
        cell.addClassName("ss-completion");
        return cell;
    }

    private static String typeOf(TreeGrid<UnitRollup> grid, UnitRollup rollup) {
        OrgUnitInfo unit = rollup.unit();
        return unit.institutionType() == null ? grid.getTranslation("unit.kind." + unit.kind().name())
                : grid.getTranslation("unit.type." + unit.institutionType().name());
    }
}
